using Guidance.Model;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Guidance.Markdown.Extensions;

/// <summary>
/// Links marked <c>{.internal-only}</c> point at staff guidance a partner edition does not carry. In
/// such an edition the link's words stay, as plain text, with a note saying where to find the page.
/// </summary>
public static class InternalOnlyLinks
{
    public const string ClassName = "internal-only";
    public const string Note = "(available on the staff intranet)";

    public static bool IsMarked(LinkInline link) => link.GetAttributes().Classes?.Contains(ClassName) == true;
}

/// <summary>
/// <c>UseInternalOnlyLinks()</c>: a marked link whose target the edition being rendered leaves out is
/// written as its words and the note. Validation passed against the whole site, so a marked link
/// that does not resolve in the edition points at a page the edition leaves out.
/// </summary>
public sealed class InternalOnlyLinksExtension(LinkResolver links) : HtmlRendererExtension
{
    protected override void Setup(HtmlRenderer renderer)
    {
        if (renderer.ObjectRenderers.FindExact<SiteLinkRenderer>() is { } inner)
            renderer.ObjectRenderers.Replace<SiteLinkRenderer>(new InternalOnlyLinkRenderer(links, inner));
    }
}

/// <summary>Writes a marked link to a page the edition leaves out as plain words and the note; every other link as before.</summary>
public sealed class InternalOnlyLinkRenderer(LinkResolver links, HtmlObjectRenderer<LinkInline> inner) : HtmlObjectRenderer<LinkInline>
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (link.Url is null || !InternalOnlyLinks.IsMarked(link) || renderer is not PageHtmlRenderer { Page: { } page }
            || !links.Resolve(page, link.Url).IsBroken)
        {
            inner.Write(renderer, link);
            return;
        }
        renderer.WriteChildren(link);
        renderer.Write($" <span class=\"internal-only-note\">{InternalOnlyLinks.Note}</span>");
    }
}
