using System.Diagnostics;
using Guidance.History;
using Guidance.Index;
using Guidance.Index.Search;
using Guidance.Load;
using Guidance.Model;
using Guidance.Publish;
using Guidance.Render;
using Guidance.Validate;
using Guidance.Write;

namespace Guidance;

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

    /// <summary>The site's URL prefix (from site.yml), so a server can map request paths to files.</summary>
    public string BaseUrl { get; init; } = "/";

    /// <summary>How many content pages the edition published (not counting indexes, lead pages or redirects).</summary>
    public int PageCount { get; init; }

    /// <summary>How many old and current versions of pages the build published from the content's git history.</summary>
    public int VersionCount { get; init; }

    /// <summary>"41 pages (120 HTML files)": how every command that builds counts what it made.</summary>
    public string PagesMade => $"{PageCount} page{(PageCount == 1 ? "" : "s")} ({Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal))} HTML files)";

    /// <summary>The list of published URLs this build rewrote, or null when it was already up to date (or not written).</summary>
    public string? ManifestUpdated { get; init; }
}

/// <summary>
/// The pipeline: load → validate → render → index → write. Each stage is a folder of its own; this
/// class only runs them in order and stops before writing when the content has errors.
/// </summary>
public static class SiteBuild
{
    public static BuildResult Run(BuildOptions options) => Build(options, write: true);

    /// <summary>
    /// Renders the whole site into memory and writes nothing, ignoring <see cref="BuildOptions.OutDir"/>:
    /// the preview server serves the files from memory and leaves the disk alone.
    /// </summary>
    public static BuildResult RenderInMemory(BuildOptions options) => Build(options with { OutDir = "" }, write: false);

    private static BuildResult Build(BuildOptions options, bool write)
    {
        var diagnostics = new Diagnostics();
        var timings = new List<StageTime>();
        var clock = Stopwatch.StartNew();

        T Stage<T>(string name, Func<T> work)
        {
            var allocated = GC.GetTotalAllocatedBytes();
            var cpu = Environment.CpuUsage.TotalTime;
            clock.Restart();
            var result = work();
            timings.Add(new StageTime(name, clock.Elapsed, Environment.CpuUsage.TotalTime - cpu, GC.GetTotalAllocatedBytes() - allocated));
            return result;
        }

        var whole = Stage("load", () => SiteLoader.Load(options.ContentDir, diagnostics));
        var manifest = options.ManifestPath ?? Path.Join(options.ContentDir, PublishedManifest.FileName);
        var publishing = Stage("profile", () => Publishing(whole, options, manifest, diagnostics));
        Stage("validate", () => { Validator.Validate(whole, options.Today, diagnostics, publishing); return 0; });
        if (diagnostics.HasErrors || options.OutDir is null) return Result(diagnostics, [], timings);
        var site = publishing.Edition;

        // Versions from the content folder's git history, for a build that writes the site (the preview
        // and check build the current content only).
        using var git = write ? GitContent.Open(options.ContentDir) : null;
        var versionCache = git is not null && options.OutDir is { Length: > 0 } outDir ? VersionCache.For(outDir) : null;
        var history = git is null ? null
            : Stage("history", () => VersionHistory.Read(git, whole, site, publishing.Scope.Profile, options.Today, diagnostics, versionCache));

        var layoutsDir = options.LayoutsDir ?? DefaultLayouts(options.ContentDir);
        using var templates = Stage("layouts", () => new TemplateSet(layoutsDir, site.Settings.BaseUrl));
        // Pages are written as they are rendered (into a folder swapped in only by Commit), so "render"
        // includes writing them and "write" is the rest of the files, the wait for the disk and the swap.
        using var output = write ? StagedOutput.Begin(options.OutDir, [options.ContentDir, .. layoutsDir is null ? Array.Empty<string>() : [layoutsDir]]) : null;
        // Search reads each page's tree as render parses it, so no page is parsed twice.
        using var searchIndex = new SearchIndexBuilder(site);
        using var renderer = new SiteRenderer(site, templates, options.Today, output is null ? null : output.Add, searchIndex.Add,
            staffEdition: publishing.Scope.Profile.Includes(Audience.Internal), history: history?.History);
        var files = Stage("render", () => renderer.Render().ToList());
        Stage("search", () =>
        {
            var search = searchIndex.Build();
            // Search's ten thousand small files go to the writer as they are made, like rendered pages.
            files.AddRange(search.Files.Select(renderer.Emit));
            files.Add(renderer.SearchPage(search.ManifestPath));
            return 0;
        });
        Stage("index", () => { files.Add(SitemapBuilder.Build(site, files)); return 0; });
        // After the sitemap and the search index, which leave old versions out.
        if (history is not null && git is not null)
            Stage("versions", () =>
            {
                files.AddRange(VersionPages.Render(git, history, whole, site, publishing.Scope.Profile, templates, VersionPages.LayoutsKey(layoutsDir),
                    publishing.Scope.Profile.Includes(Audience.Internal), renderer.Emit, versionCache, renderer));
                return 0;
            });
        if (output is null) return Result(diagnostics, files, timings) with { BaseUrl = site.Settings.BaseUrl, PageCount = site.Pages.Count };
        Stage("write", () => { files.ForEach(output.Add); output.Commit(); return 0; });
        // Only a build that wrote the site records what it published: check and the preview server never do.
        var updated = Stage("manifest", () => PublishedManifest.Write(manifest, publishing.Manifest, publishing.Scope.Profile.Name.Value, PublishedUrls.Of(site)));
        return Result(diagnostics, files, timings) with
        {
            VersionCount = history?.History.Count ?? 0,
            BaseUrl = site.Settings.BaseUrl,
            PageCount = site.Pages.Count,
            ManifestUpdated = updated ? manifest.Replace('\\', '/') : null,
        };
    }

    private static BuildResult Result(Diagnostics diagnostics, IReadOnlyList<OutputFile> files, IReadOnlyList<StageTime> timings)
    {
        var all = diagnostics.Sorted();
        return new BuildResult(all.Where(d => d.Severity != Severity.Info).ToList(), files, timings)
        {
            Infos = all.Where(d => d.Severity == Severity.Info).ToList(),
        };
    }

    /// <summary>The profile to build, its edition of the site, and what it published at its last good build.</summary>
    private static PublishingContext Publishing(Site whole, BuildOptions options, string manifest, Diagnostics diagnostics)
    {
        var scope = new ProfileScope(whole, ProfileScope.Choose(whole.Settings, options.Profile));
        var previous = PublishedManifest.Read(manifest, manifest.Replace('\\', '/'), diagnostics);
        return new PublishingContext(scope, ProfileSite.Select(whole, scope), previous, options.AcceptRemovals) { ForPublishing = options.ForPublishing };
    }

    /// <summary>A site's own layouts sit beside its content folder (<c>content/</c> and <c>layouts/</c>).</summary>
    public static string? DefaultLayouts(string contentDir)
    {
        var beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(contentDir)) ?? ".", "layouts");
        return Directory.Exists(beside) ? beside : null;
    }
}
