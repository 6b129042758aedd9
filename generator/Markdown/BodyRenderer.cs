using System.Text;
using Guidance.Model;
using Markdig;
using Markdig.Syntax;

namespace Guidance.Markdown;

/// <summary>
/// Turns a page's body into HTML with the site's pipeline (<see cref="MarkdownPipelines.Rendering"/>),
/// then sanitises a body that holds raw HTML (<see cref="HtmlSafety"/>).
/// </summary>
/// <param name="parsed">
/// Called with each page's tree once it is parsed (glossary terms marked), so a later stage (search)
/// can read it while it exists instead of parsing the Markdown again.
/// </param>
public sealed class BodyRenderer : IDisposable
{
    private readonly MarkdownPipeline _pipeline;
    private readonly Action<Page, MarkdownDocument>? _parsed;

    /// <summary>
    /// One HTML renderer and buffer per thread, reused page after page, as Markdig's own ToHtml pools
    /// them: building a renderer and growing a fresh buffer for every page was 40 kB of garbage a page.
    /// </summary>
    private readonly ThreadLocal<(StringBuilder Html, PageHtmlRenderer Renderer)> _renderers;

    private readonly HtmlSafety _safety;

    public BodyRenderer(Site site, LinkResolver links, Action<Page, MarkdownDocument>? parsed = null)
    {
        var pipeline = _pipeline = MarkdownPipelines.Rendering(site, links);
        _parsed = parsed;
        _safety = new HtmlSafety(site.Settings.AllowedHosts);
        _renderers = new(() =>
        {
            var html = new StringBuilder(64 * 1024);
            var renderer = new PageHtmlRenderer(new StringWriter(html));
            pipeline.Setup(renderer);
            return (html, renderer);
        });
    }

    /// <param name="sectionLinks">Give section headings their copy links (all but the home page's introduction).</param>
    public string Render(Page page, bool sectionLinks = true)
    {
        var body = Markdig.Markdown.Parse(page.BodyText, _pipeline);
        _parsed?.Invoke(page, body);

        var (buffer, renderer) = _renderers.Value;
        buffer.Clear(); // in case a render on this thread failed part-way
        renderer.Page = page;
        renderer.SectionLinks = sectionLinks;
        renderer.Render(body);
        renderer.Writer.Flush();
        var html = buffer.ToString();
        return page.RawHtml.Count > 0 ? _safety.Sanitize(html) : html;
    }

    /// <summary>Lets go of each thread's renderer and sanitiser.</summary>
    public void Dispose()
    {
        _renderers.Dispose();
        _safety.Dispose();
    }
}
