using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Build;

/// <summary>What a build or check was asked to do.</summary>
/// <param name="Profile">The publishing profile to build; null for the first one site.yml declares.</param>
/// <param name="AcceptRemovals">Record URLs and anchors that are gone as removed on purpose instead of refusing them.</param>
/// <param name="ManifestPath">Where the published URLs are kept; default <c>.published.json</c> in the content folder.</param>
/// <param name="ForPublishing">
/// The site is being built to be put up (<c>guidance build</c>), not checked or previewed: only then is a
/// missing <c>site_url</c> worth a warning (GV160), since the sitemap and the feed need full addresses.
/// </param>
public sealed record BuildOptions(string ContentDir, string? OutDir, DateOnly Today, string? LayoutsDir = null,
    string? Profile = null, bool AcceptRemovals = false, string? ManifestPath = null, bool ForPublishing = false);

/// <summary>
/// How long one stage took, the processor time the whole process spent meanwhile (every thread,
/// the garbage collector's and the writers' included) and the memory it allocated.
/// </summary>
public sealed record StageTime(string Stage, TimeSpan Time, TimeSpan ProcessorTime, long AllocatedBytes);

/// <summary>What came of it: every error and warning, the files made, and how long each stage took.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<OutputFile> Files, IReadOnlyList<StageTime> Timings)
{
    /// <summary>The info findings (such as unused glossary terms), kept apart: only a report prints them.</summary>
    public IReadOnlyList<Diagnostic> Infos { get; init; } = [];

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>"2 errors, 1 warning": the counts every command's summary line ends with.</summary>
    public string Counts
    {
        get
        {
            var errors = Diagnostics.Count(d => d.IsError);
            var warnings = Diagnostics.Count - errors;
            return $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}";
        }
    }

    /// <summary>The folder the edition was built into (null for a check).</summary>
    public string? OutDir { get; init; }

    /// <summary>The site's URL prefix (from site.yml), so a server can map request paths to files.</summary>
    public string BaseUrl { get; init; } = "/";

    /// <summary>How many content pages the edition published (not counting indexes, lead pages or redirects).</summary>
    public int PageCount { get; init; }

    /// <summary>For a build in memory (the preview): what re-renders an edited page against this build; null otherwise.</summary>
    public PageRefresh? Refresh { get; init; }

    /// <summary>How many old and current versions of pages the build published from the content's git history.</summary>
    public int VersionCount { get; init; }

    /// <summary>"41 pages (120 HTML files)": how every command that builds counts what it made.</summary>
    public string PagesMade => $"{PageCount} page{(PageCount == 1 ? "" : "s")} ({Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal))} HTML files)";

    /// <summary>The list of published URLs this build rewrote, or null when it was already up to date (or not written).</summary>
    public string? ManifestUpdated { get; init; }
}
