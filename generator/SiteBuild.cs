using System.Diagnostics;
using Guidance.Index;
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
        var templates = Stage("layouts", () => new TemplateSet(layoutsDir));
        var files = Stage("render", () => new SiteRenderer(site, templates, options.Today).Render().ToList());
        Stage("index", () => { files.Add(SitemapBuilder.Build(site, files)); return 0; });
        if (write) Stage("write", () => { OutputWriter.Write(options.OutDir, files, [options.ContentDir, .. layoutsDir is null ? Array.Empty<string>() : [layoutsDir]]); return 0; });
        return new BuildResult(diagnostics.Sorted(), files, timings) { BaseUrl = site.Settings.BaseUrl };
    }

    /// <summary>A site's own layouts sit beside its content folder (<c>content/</c> and <c>layouts/</c>).</summary>
    public static string? DefaultLayouts(string contentDir)
    {
        var beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(contentDir)) ?? ".", "layouts");
        return Directory.Exists(beside) ? beside : null;
    }
}
