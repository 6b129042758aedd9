using System.Net;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Guidance.Markdown.Extensions;

/// <summary>
/// <c>UseHeadingLinks()</c>: every section heading (h2, h3) with an anchor gets a visible link to itself
/// beside it, so a manager can copy the address of exactly the section they relied on. Without
/// JavaScript it is a plain "#" link; copy-link.js turns it into a "Copy link" button.
/// </summary>
public sealed class HeadingLinksExtension : HtmlRendererExtension
{
    protected override void Setup(HtmlRenderer renderer) => renderer.ObjectRenderers.Replace<HeadingRenderer>(new LinkedHeadingRenderer());
}

/// <summary>Writes a section heading inside a <c>section-heading</c> box with its link; any other heading as Markdig does.</summary>
public sealed class LinkedHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
{
    private readonly HeadingRenderer _plain = new();

    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        // Only a heading whose one attribute is its anchor, on one line: a heading given classes, or a
        // setext heading over several lines, is written as it is.
        var attributes = heading.TryGetAttributes();
        if (renderer is PageHtmlRenderer { SectionLinks: false } || heading.Level is not (2 or 3) || attributes?.Id is not { Length: > 0 } anchor || attributes.Classes is { Count: > 0 }
            || InlineWalk.Contains<LineBreakInline>(heading.Inline))
        {
            _plain.Write(renderer, heading);
            return;
        }
        var level = heading.Level == 2 ? "h2" : "h3";
        var text = WebUtility.HtmlEncode(PlainText.Of(heading.Inline));
        renderer.EnsureLine();
        renderer.Write("<div class=\"section-heading\"><").Write(level).WriteAttributes(heading).Write('>');
        renderer.WriteLeafInline(heading);
        // Beside the heading, not inside it, so the heading's own name stays just its words.
        renderer.Write("</").Write(level).Write("> ")
            .Write($"""<a class="heading-link" href="#{anchor}" data-section="{text}"><span aria-hidden="true">#</span><span class="visually-hidden">Link to section: {text}</span></a></div>""")
            .WriteLine();
    }
}
