using Guidance.Build;
using Guidance.Diagnostics;
using Guidance.Edition;
using Guidance.Load;
using Guidance.Model;
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
    public static int Run(BuildOptions options, TextWriter stdout, TextWriter stderr, string what, bool timings = false, ISet<string>? reported = null, bool infos = false)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        return Guarded(() => Report(SiteBuild.Run(options), options, clock, stdout, stderr, what, timings, reported, infos), options, stderr, what);
    }

    /// <summary>
    /// Runs <paramref name="work"/>, turning what stops a build before it reports (a broken layout, an
    /// unreadable folder, an output that cannot be written, a profile that does not exist) into exit code 2
    /// with one line, never a stack trace.
    /// </summary>
    public static int Guarded(Func<int> work, BuildOptions options, TextWriter stderr, string what)
    {
        try
        {
            return work();
        }
        catch (LayoutException ex)
        {
            // Its message is already diagnostics (layouts/NAME.html:line:col: error GV090: ...), printed as they are.
            stderr.WriteLine(ex.Message);
            stderr.WriteLine($"{what} failed: a layout has an error; the content itself is fine.{KeptOutput(options.OutDir)}");
            return ExitCodes.Usage;
        }
        catch (Exception ex) when (ex is ContentReadException or OutputException or ProfileException)
        {
            stderr.WriteLine($"guidance: {ex.Message}");
            return ExitCodes.Usage;
        }
    }

    /// <summary>Prints a build's outcome: its diagnostics, cause first, and its summary line; returns its exit code.</summary>
    /// <param name="reported">Diagnostics already printed by an earlier edition's report, not to print twice.</param>
    /// <param name="infos">Print the info findings too (<c>check --report unused</c>); every other run leaves them out.</param>
    public static int Report(BuildResult result, BuildOptions options, System.Diagnostics.Stopwatch clock, TextWriter stdout, TextWriter stderr, string what,
        bool timings = false, ISet<string>? reported = null, bool infos = false)
    {
        // Printed cause first: a page that failed to load, with what follows from it folded under it.
        // Infos follow the errors and warnings, so a report does not bury what must be fixed.
        var report = new DiagnosticReport(result.Diagnostics);
        foreach (var entry in report.Entries)
        {
            if (reported?.Add(entry.Diagnostic.ToString()) == false) continue;
            stderr.WriteLine(entry.Diagnostic);
            if (entry.Folded is not null) stderr.WriteLine(entry.Folded);
        }
        if (infos)
            foreach (var line in result.Infos.Select(d => d.ToString()))
                if (reported?.Add(line) != false) stderr.WriteLine(line);
        var counts = result.Counts;
        if (!result.Succeeded)
        {
            stderr.WriteLine($"{what} failed: {counts}.{KeptOutput(options.OutDir)} {report.FixFirst()}");
            return ExitCodes.ContentErrors;
        }
        var done = options.OutDir is null
            ? $"Checked '{options.ContentDir}'"
            : $"Built {result.PagesMade} into '{options.OutDir}'";
        stdout.WriteLine($"{done} in {clock.Elapsed.TotalSeconds:0.00} s ({counts}).");
        if (result.ManifestUpdated is { } manifest)
            stdout.WriteLine($"Updated '{manifest}', the list of every address this site has published, which the next build checks so that links saved in records keep working. Commit it with the content.");
        if (timings) WriteTimings(stdout, result.Timings, clock.Elapsed);
        return ExitCodes.Built;
    }

    /// <summary>A failed build never touches the output; say so only when there is an output to keep.</summary>
    private static string KeptOutput(string? outDir) =>
        outDir is not null && Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any()
            ? $" The previous output in '{outDir}' was left as it was."
            : outDir is null ? "" : " Nothing was written.";

    /// <summary>One line per stage, "name  N ms  N ms CPU  N MB allocated", for people and for bench/run.sh to read.</summary>
    private static void WriteTimings(TextWriter stdout, IReadOnlyList<StageTime> timings, TimeSpan total)
    {
        // Collections and time paused say how much of the CPU above the garbage collector took.
        stdout.WriteLine($"Garbage collections: {GC.CollectionCount(0)} (generation 1: {GC.CollectionCount(1)}, 2: {GC.CollectionCount(2)}), {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms paused.");
        stdout.WriteLine("Stage times:");
        foreach (var (stage, time, cpu, allocated) in timings)
            stdout.WriteLine($"  {stage,-10} {time.TotalMilliseconds,7:0} ms {cpu.TotalMilliseconds,7:0} ms CPU {allocated / 1048576.0,7:0} MB allocated");
        stdout.WriteLine($"  {"total",-10} {total.TotalMilliseconds,7:0} ms {Environment.CpuUsage.TotalTime.TotalMilliseconds,7:0} ms CPU {GC.GetTotalAllocatedBytes() / 1048576.0,7:0} MB allocated");
    }
}
