using System.Diagnostics;
using Guidance.Diagnostics;
using Guidance.Edition;
using Guidance.History;
using Guidance.Index;
using Guidance.Index.Search;
using Guidance.Load;
using Guidance.Markdown;
using Guidance.Model;
using Guidance.Render;
using Guidance.Validate;
using Guidance.Write;

namespace Guidance.Build;

/// <summary>
/// The pipeline, in the order of the folders: load → markdown → (content rules) → edition → (edition
/// rules) → render → index → write. Each stage is a folder of its own; this class only runs them in
/// order, reads and checks the content once however many editions are built from it, and stops before
/// writing when the content has errors.
/// </summary>
public static class SiteBuild
{
    /// <summary>Builds one edition: the profile <see cref="BuildOptions.Profile"/> names, else the first.</summary>
    public static BuildResult Run(BuildOptions options) => Edition(Read(options), options, write: true);

    /// <summary>
    /// Builds several editions of the same content, reading and checking the content once: each
    /// profile <paramref name="editions"/> picks from site.yml's, into the folder it gives.
    /// </summary>
    /// <remarks>Lazy: each edition is built as the caller comes to it, so it can report one before the next is built.</remarks>
    public static IEnumerable<(Profile Profile, BuildResult Result)> RunEach(BuildOptions options,
        Func<IReadOnlyList<Profile>, IEnumerable<(Profile Profile, string? OutDir)>> editions)
    {
        var content = Read(options);
        foreach (var (profile, outDir) in editions(content.Whole.Settings.Profiles))
            yield return (profile, Edition(content, options with { Profile = profile.Name.Value, OutDir = outDir }, write: true) with { OutDir = outDir });
    }

    /// <summary>
    /// Renders the whole site into memory and writes nothing, ignoring <see cref="BuildOptions.OutDir"/>:
    /// the preview server serves the files from memory and leaves the disk alone. The result's
    /// <see cref="BuildResult.Refresh"/> keeps the layouts and renderer for re-rendering an edited page
    /// quickly; the caller disposes it.
    /// </summary>
    public static BuildResult RenderInMemory(BuildOptions options) => Edition(Read(options), options with { OutDir = "" }, write: false);

    /// <summary>A content folder loaded and outlined, as every command that reads content needs it (no rules run).</summary>
    public static Site ReadContent(string contentDir, DiagnosticBag diagnostics) =>
        PageOutlines.Read(SiteLoader.Load(contentDir, diagnostics), diagnostics);

    /// <summary>The content as read once for every edition: the whole site and what its own rules found.</summary>
    private sealed record Content(Site Whole, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<StageTime> Timings);

    private static Content Read(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var stages = new StageClock();
        var loaded = stages.Run("load", () => SiteLoader.Load(options.ContentDir, diagnostics));
        var whole = stages.Run("markdown", () => PageOutlines.Read(loaded, diagnostics));
        stages.Run("validate", () => Validator.ValidateContent(whole, options.Today, diagnostics));
        return new Content(whole, diagnostics.Sorted(), stages.Timings);
    }

    private static BuildResult Edition(Content content, BuildOptions options, bool write)
    {
        var diagnostics = new DiagnosticBag();
        foreach (var d in content.Diagnostics) diagnostics.Add(d);
        var stages = new StageClock(content.Timings);
        var whole = content.Whole;

        var manifest = options.ManifestPath ?? Path.Join(options.ContentDir, PublishedManifest.FileName);
        // The edition, and the rules that check it (what it publishes, and published before).
        var publishing = stages.Run("edition", () =>
        {
            var chosen = Editions.Choose(whole, options.Profile, manifest, options.AcceptRemovals, options.ForPublishing, diagnostics);
            Validator.ValidateEdition(whole, options.Today, diagnostics, chosen);
            return chosen;
        });
        if (diagnostics.HasErrors || options.OutDir is null) return Result(diagnostics, [], stages.Timings);
        var site = publishing.Edition;
        var profile = publishing.Scope.Profile;
        var staff = profile.Includes(Audience.Internal);

        // Versions from the content folder's git history, for a build that writes the site (the preview
        // and check build the current content only).
        using var git = write ? GitContent.Open(options.ContentDir) : null;
        var versionCache = git is not null && options.OutDir is { Length: > 0 } outDir ? VersionCache.For(outDir) : null;
        var history = git is null ? null
            : stages.Run("history", () => VersionHistory.Read(git, whole, site, profile, options.Today, diagnostics, versionCache));

        var layoutsDir = options.LayoutsDir ?? DefaultLayouts(options.ContentDir);
        var templates = stages.Run("layouts", () => new TemplateSet(layoutsDir, site.Settings.BaseUrl));
        SiteRenderer? renderer = null;
        PageRefresh? refresh = null; // owns the layouts and the renderer once made
        try
        {
            // Pages are written as they are rendered (into a folder swapped in only by Commit), so "render"
            // includes writing them and "write" is the rest of the files, the wait for the disk and the swap.
            using var output = write ? StagedOutput.Begin(options.OutDir, [options.ContentDir, .. layoutsDir is null ? Array.Empty<string>() : [layoutsDir]]) : null;
            IOutputSink sink = output is null ? new MemorySink() : output;
            // Search reads each page's tree as render parses it, so no page is parsed twice.
            using var searchIndex = new SearchIndexBuilder(site);
            renderer = new SiteRenderer(site, templates, options.Today, sink, searchIndex.Add, staffEdition: staff, history: history?.History);
            var files = stages.Run("render", () => renderer.Render().ToList());
            stages.Run("search", () =>
            {
                var search = searchIndex.Build();
                // Search's ten thousand small files go to the output as they are made, like rendered pages.
                files.AddRange(search.Files.Select(sink.Add));
                files.Add(sink.Add(renderer.SearchPage(search.ManifestPath)));
            });
            stages.Run("index", () => files.Add(sink.Add(SitemapBuilder.Build(site, files))));
            // After the sitemap and the search index, which leave old versions out.
            if (history is not null && git is not null)
                stages.Run("versions", () => files.AddRange(VersionPages.Render(git, history, whole, site, profile, templates, VersionPages.LayoutsKey(layoutsDir),
                    staff, sink, versionCache, renderer)));
            if (output is null)
            {
                refresh = new PageRefresh(site, templates, renderer);
                return Result(diagnostics, files, stages.Timings) with { BaseUrl = site.Settings.BaseUrl, PageCount = site.Pages.Count, Refresh = refresh };
            }
            stages.Run("write", output.Commit);
            // Only a build that wrote the site records what it published: check and the preview server never do.
            var updated = stages.Run("manifest", () => PublishedManifest.Write(manifest, publishing.Manifest, profile.Name.Value, publishing.Current));
            return Result(diagnostics, files, stages.Timings) with
            {
                VersionCount = history?.History.Count ?? 0,
                BaseUrl = site.Settings.BaseUrl,
                PageCount = site.Pages.Count,
                ManifestUpdated = updated ? manifest.Replace('\\', '/') : null,
            };
        }
        finally
        {
            if (refresh is null)
            {
                renderer?.Dispose();
                templates.Dispose();
            }
        }
    }

    private static BuildResult Result(DiagnosticBag diagnostics, IReadOnlyList<OutputFile> files, IReadOnlyList<StageTime> timings)
    {
        var all = diagnostics.Sorted();
        return new BuildResult(all.Where(d => d.Severity != Severity.Info).ToList(), files, timings)
        {
            Infos = all.Where(d => d.Severity == Severity.Info).ToList(),
        };
    }

    /// <summary>A site's own layouts sit beside its content folder (<c>content/</c> and <c>layouts/</c>).</summary>
    public static string? DefaultLayouts(string contentDir)
    {
        var beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(contentDir)) ?? ".", "layouts");
        return Directory.Exists(beside) ? beside : null;
    }

    /// <summary>Times each stage: wall clock, the processor time of the whole process meanwhile, and memory allocated.</summary>
    private sealed class StageClock(IReadOnlyList<StageTime>? before = null)
    {
        private readonly List<StageTime> _timings = [.. before ?? []];
        private readonly Stopwatch _clock = new();

        public IReadOnlyList<StageTime> Timings => _timings;

        public T Run<T>(string name, Func<T> work)
        {
            var allocated = GC.GetTotalAllocatedBytes();
            var cpu = Environment.CpuUsage.TotalTime;
            _clock.Restart();
            var result = work();
            _timings.Add(new StageTime(name, _clock.Elapsed, Environment.CpuUsage.TotalTime - cpu, GC.GetTotalAllocatedBytes() - allocated));
            return result;
        }

        public void Run(string name, Action work) => Run(name, () => { work(); return 0; });
    }
}
