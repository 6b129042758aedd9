using Guidance.Publish;

namespace Guidance.Cli;

/// <summary>
/// Runs <c>build</c> or <c>check</c> for one publishing profile (the named one, else the first) or, with
/// <c>--all-profiles</c>, for each in turn, choosing each edition's output folder.
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
        var profiles = ProfileList.Read(options.ContentDir);
        var chosen = allProfiles ? profiles : [profiles.FirstOrDefault(p => p.Name.Value == profile) ?? profiles[0]];
        var worst = ExitCodes.Built;
        // Problems of the content as a whole are found by every profile's run; print each once.
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in chosen)
        {
            var name = profile ?? p.Name.Value;
            var outDir = !writes ? null
                : options.OutDir is null ? ProfileList.OutputOf(profiles, p)
                : allProfiles ? Path.Combine(options.OutDir, name) : options.OutDir;
            if (allProfiles) stdout.WriteLine($"Profile '{name}':");
            worst = Math.Max(worst, PipelineRunner.Run(options with { Profile = name, OutDir = outDir }, stdout, stderr, what, timings, reported, infos));
        }
        return worst;
    }
}
