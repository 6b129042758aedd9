using System.Diagnostics;
using Guidance.Index;
using Guidance.Index.Search;
using Guidance.Load;
using Guidance.Model;
using Guidance.Render;
using Guidance.Validate;
using Guidance.Write;

namespace Guidance;

/// <summary>What a build or check was asked to do.</summary>
public sealed record BuildOptions(string ContentDir, string? OutDir, DateOnly Today, string? LayoutsDir = null);

/// <summary>What came of it: every diagnostic, the files made, and how long each stage took.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<OutputFile> Files, IReadOnlyList<(string Stage, TimeSpan Time)> Timings)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// The pipeline: load → validate → render → index → write. Each stage is a folder of its own; this
/// class only runs them in order and stops before writing when the content has errors.
/// </summary>
public static class SiteBuild
{
    public static BuildResult Run(BuildOptions options)
    {
        var diagnostics = new Diagnostics();
        var timings = new List<(string, TimeSpan)>();
        var clock = Stopwatch.StartNew();

        T Stage<T>(string name, Func<T> work)
        {
            clock.Restart();
            var result = work();
            timings.Add((name, clock.Elapsed));
            return result;
        }

        var site = Stage("load", () => SiteLoader.Load(options.ContentDir, diagnostics));
        Stage("validate", () => { Validator.Validate(site, options.Today, diagnostics); return 0; });
        if (diagnostics.HasErrors || options.OutDir is null) return new BuildResult(diagnostics.Sorted(), [], timings);

        var layoutsDir = options.LayoutsDir ?? DefaultLayouts(options.ContentDir);
        var templates = Stage("layouts", () => new TemplateSet(layoutsDir, site.Settings.BaseUrl));
        var renderer = new SiteRenderer(site, templates, options.Today);
        var files = Stage("render", () => renderer.Render().ToList());
        Stage("search", () =>
        {
            var search = SearchIndexBuilder.Build(site);
            files.AddRange(search.Files);
            files.Add(renderer.SearchPage(search.ManifestPath));
            return 0;
        });
        Stage("index", () => { files.Add(SitemapBuilder.Build(site, files)); return 0; });
        Stage("write", () => { OutputWriter.Write(options.OutDir, files, [options.ContentDir, .. layoutsDir is null ? Array.Empty<string>() : [layoutsDir]]); return 0; });
        return new BuildResult(diagnostics.Sorted(), files, timings);
    }

    /// <summary>A site's own layouts sit beside its content folder (<c>content/</c> and <c>layouts/</c>).</summary>
    public static string? DefaultLayouts(string contentDir)
    {
        var beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(contentDir)) ?? ".", "layouts");
        return Directory.Exists(beside) ? beside : null;
    }
}
