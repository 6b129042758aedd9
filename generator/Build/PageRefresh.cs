using Guidance.Diagnostics;
using Guidance.Load;
using Guidance.Markdown;
using Guidance.Model;
using Guidance.Render;

namespace Guidance.Build;

/// <summary>
/// The preview's quick path: re-renders an edited page against the last whole build, with that
/// build's layouts and site, so the author sees the edit in a few milliseconds at any size of site.
/// Only the page's own file is made; the whole-site build that follows brings everything else up to
/// date (the pages that list it, search) and reports every diagnostic, as it always did. An edit the
/// quick path cannot judge on its own (an error in the page, a new page or a removed one, a changed
/// id, type or address, the home page, the layouts or a registry) is left to that build.
/// </summary>
public sealed class PageRefresh : IDisposable
{
    private readonly Site _edition;
    private readonly TemplateSet _templates;
    private readonly SiteRenderer _renderer;

    internal PageRefresh(Site edition, TemplateSet templates, SiteRenderer renderer) =>
        (_edition, _templates, _renderer) = (edition, templates, renderer);

    /// <summary>
    /// The edited pages' files, or null when any of <paramref name="changed"/> (full paths) needs the
    /// whole build. A path that is neither a file nor a page (an editor's temporary file, renamed over
    /// the page) is passed over.
    /// </summary>
    public IReadOnlyList<OutputFile>? TryRender(IReadOnlyCollection<string> changed)
    {
        var files = new List<OutputFile>();
        foreach (var path in changed)
        {
            if (!File.Exists(path) && !_edition.PagesByPath.ContainsKey(Relative(path))) continue;
            if (TryRender(path) is not { } file) return null;
            files.Add(file);
        }
        return files.Count > 0 ? files : null;
    }

    private string Relative(string path) => Path.GetRelativePath(_edition.ContentRoot, path).Replace('\\', '/');

    private OutputFile? TryRender(string path)
    {
        var relative = Relative(path);
        if (!_edition.PagesByPath.TryGetValue(relative, out var before) || before.IsHome) return null;
        var diagnostics = new DiagnosticBag();
        try
        {
            var text = ContentText.Decode(File.ReadAllBytes(path), before.DisplayPath, diagnostics);
            if (PageLoader.Load(relative, before.DisplayPath, text, diagnostics) is not { } loaded || diagnostics.HasErrors) return null;
            var page = PageOutlines.Outline(loaded, diagnostics);
            if (diagnostics.HasErrors || page.Id.Value != before.Id.Value || page.Type != before.Type || page.UrlPath != before.UrlPath) return null;
            return _renderer.RenderPage(page);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or LayoutException)
        {
            return null; // the whole build reports it
        }
    }

    public void Dispose()
    {
        _renderer.Dispose();
        _templates.Dispose();
    }
}
