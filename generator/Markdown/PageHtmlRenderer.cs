using Guidance.Model;
using Markdig.Renderers;

namespace Guidance.Markdown;

/// <summary>
/// Markdig's HTML renderer, knowing which page it is writing, so the link extensions resolve each
/// link from that page. One per thread (pages render in parallel), set before each body.
/// </summary>
public sealed class PageHtmlRenderer(TextWriter writer) : HtmlRenderer(writer)
{
    public Page? Page { get; set; }

    /// <summary>Section headings get their copy links (<c>UseHeadingLinks()</c>); the home page's introduction has none.</summary>
    public bool SectionLinks { get; set; } = true;
}
