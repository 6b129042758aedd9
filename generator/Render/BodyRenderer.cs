using System.Text;
using Guidance.Load;
using Guidance.Model;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Guidance.Render;

/// <summary>
/// Turns a page's parsed body into HTML: links rewritten from source paths to site URLs, glossary
/// acronyms marked, attributes limited to ids and classes, raw HTML sanitised.
/// </summary>
/// <param name="parsed">
/// Called with each page's tree once its links are rewritten and glossary terms marked, so a later
/// stage (search) can read it while it exists instead of parsing the Markdown again.
/// </param>
public sealed class BodyRenderer(Site site, LinkResolver links, GlossaryMarker glossary, Action<Page, MarkdownDocument>? parsed = null) : IDisposable
{
    /// <summary>
    /// One HTML renderer and buffer per thread, reused page after page, as Markdig's own ToHtml pools
    /// them: building a renderer and growing a fresh buffer for every page was 40 kB of garbage a page.
    /// </summary>
    private readonly ThreadLocal<(StringBuilder Html, HtmlRenderer Renderer)> _renderers = new(() =>
    {
        var html = new StringBuilder(64 * 1024);
        var renderer = new HtmlRenderer(new StringWriter(html));
        MarkdownPipelineFactory.Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Add(new GlossaryTermRenderer(site.Url(SitePaths.Glossary)));
        renderer.ObjectRenderers.Replace<Markdig.Extensions.CustomContainers.HtmlCustomContainerRenderer>(new CalloutRenderer());
        return (html, renderer);
    });

    private readonly HtmlSafety _safety = new(site.Settings.AllowedHosts);

    public string Render(Page page)
    {
        var body = Markdown.Parse(page.BodyText, MarkdownPipelineFactory.Pipeline);
        RewriteLinks(page, body);
        StripAttributeProperties(body);
        glossary.Mark(body);
        parsed?.Invoke(page, body);

        var (buffer, renderer) = _renderers.Value;
        buffer.Clear(); // in case a render on this thread failed part-way
        renderer.Render(body);
        renderer.Writer.Flush();
        var html = buffer.ToString();
        return page.RawHtml.Count > 0 ? _safety.Sanitize(html) : html;
    }

    private void RewriteLinks(Page page, MarkdownDocument body)
    {
        // A list, not the live tree: unlinking an internal-only link changes the tree as we go.
        foreach (var link in body.Descendants<LinkInline>().ToList())
        {
            if (link.Url is null) continue;
            var resolved = links.Resolve(page, link.Url);
            // Validation passed against the whole site, so a marked link that is broken here points
            // at a page this edition leaves out.
            if (resolved.IsBroken && Publish.InternalOnlyLinks.IsMarked(link))
            {
                Publish.InternalOnlyLinks.Unlink(link);
                continue;
            }
            link.Url = resolved.Kind switch
            {
                LinkKind.External or LinkKind.Page or LinkKind.StaticFile or LinkKind.SiteUrl => resolved.Href,
                _ => "#", // unreachable on a valid site: validation refuses broken and unsafe links
            };
        }
    }

    /// <summary>
    /// Generic attributes (<c>{#old-anchor .note}</c>) may set ids and classes only; anything else,
    /// such as an event handler, is dropped so content cannot inject script.
    /// </summary>
    private static void StripAttributeProperties(MarkdownDocument body)
    {
        foreach (var node in body.Descendants())
        {
            if (node.TryGetAttributes() is { Properties: { Count: > 0 } properties }) properties.Clear();
        }
    }

    /// <summary>Lets go of each thread's renderer and sanitiser.</summary>
    public void Dispose()
    {
        _renderers.Dispose();
        _safety.Dispose();
    }
}
