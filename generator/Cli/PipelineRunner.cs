using Guidance.Load;
using Guidance.Render;
using Guidance.Write;

namespace Guidance.Cli;

/// <summary>
/// Runs the pipeline for a command and turns the outcome into the contract's output: diagnostics on
/// standard error, a summary line, and exit code 0, 1 or 2. Problems reading or writing files become
/// one-line messages, never stack traces.
/// </summary>
internal static class PipelineRunner
{
    /// <param name="reported">Diagnostics already printed by an earlier profile's run, not to print twice.</param>
    public static int Run(BuildOptions options, TextWriter stdout, TextWriter stderr, string what, ISet<string>? reported = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        BuildResult result;
        try
        {
            result = SiteBuild.Run(options);
        }
        catch (Exception ex) when (ex is ContentReadException or OutputException or LayoutException or Publish.ProfileException)
        {
            stderr.WriteLine($"guidance: {ex.Message}");
            return ExitCodes.Usage;
        }

        foreach (var line in result.Diagnostics.Select(d => d.ToString()))
            if (reported?.Add(line) != false) stderr.WriteLine(line);
        var errors = result.Diagnostics.Count(d => d.IsError);
        var warnings = result.Diagnostics.Count - errors;
        var counts = $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}";
        if (!result.Succeeded)
        {
            var kept = options.OutDir is null ? "" : $" The previous output in '{options.OutDir}' was left as it was.";
            stderr.WriteLine($"{what} failed: {counts}.{kept}");
            return ExitCodes.ContentErrors;
        }
        var done = options.OutDir is null
            ? $"Checked '{options.ContentDir}'"
            : $"Built {result.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal))} pages into '{options.OutDir}'";
        stdout.WriteLine($"{done} in {clock.Elapsed.TotalSeconds:0.00} s ({counts}).");
        return ExitCodes.Built;
    }
}
