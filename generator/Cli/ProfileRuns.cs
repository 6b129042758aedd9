using System.Diagnostics;
using Guidance.Build;
using Guidance.Edition;
using Guidance.Model;

namespace Guidance.Cli;

/// <summary>
/// Runs <c>build</c> or <c>check</c> for one publishing profile (the named one, else the first) or, with
/// <c>--all-profiles</c>, for each in turn, choosing each edition's output folder. The content is read
/// and checked once; each edition is then built from it.
/// </summary>
internal static class ProfileRuns
{
    public static int Run(BuildOptions options, string? profile, bool allProfiles, bool writes, TextWriter stdout, TextWriter stderr, string what, bool timings = false, bool infos = false)
    {
        if (profile is not null && allProfiles)
        {
            stderr.WriteLine("guidance: use --profile NAME or --all-profiles, not both");
            return ExitCodes.Usage;
        }
        IEnumerable<(Profile, string?)> Chosen(IReadOnlyList<Profile> profiles) =>
            (allProfiles ? profiles : [Editions.Profile(profiles, profile)]).Select(p => (p, OutDir(profiles, p)));
        string? OutDir(IReadOnlyList<Profile> profiles, Profile p) =>
            !writes ? null
            : options.OutDir is null ? Editions.OutputOf(profiles, p)
            : allProfiles ? Path.Combine(options.OutDir, p.Name.Value) : options.OutDir;

        return PipelineRunner.Guarded(() =>
        {
            var worst = ExitCodes.Built;
            // Problems of the content as a whole are found once but belong to every edition: print each once.
            var reported = new HashSet<string>(StringComparer.Ordinal);
            var clock = Stopwatch.StartNew();
            foreach (var (p, result) in SiteBuild.RunEach(options, Chosen))
            {
                if (allProfiles) stdout.WriteLine($"Profile '{p.Name.Value}':");
                var edition = options with { Profile = p.Name.Value, OutDir = result.OutDir };
                worst = Math.Max(worst, PipelineRunner.Report(result, edition, clock, stdout, stderr, what, timings, reported, infos));
                clock.Restart();
            }
            return worst;
        }, options, stderr, what);
    }
}
