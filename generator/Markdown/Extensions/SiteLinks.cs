using Guidance.Model;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace Guidance.Markdown.Extensions;

/// <summary>
/// <c>UseSiteLinks()</c>: links are written as the author meant them on the site, not as typed: a link to
/// <c>../standards/supervision.md#frequency</c> becomes the page's URL under the site's base path, a
/// static file its published path, an external link itself.
/// </summary>
public sealed class SiteLinksExtension(LinkResolver links) : HtmlRendererExtension
{
    protected override void Setup(HtmlRenderer renderer) => renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new SiteLinkRenderer(links));
}

/// <summary>Resolves a link from the page being rendered (<see cref="PageHtmlRenderer.Page"/>), then writes it as Markdig does.</summary>
public sealed class SiteLinkRenderer(LinkResolver links) : HtmlObjectRenderer<LinkInline>
{
    private readonly LinkInlineRenderer _markdig = new();

    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (link.Url is not null && renderer is PageHtmlRenderer { Page: { } page })
        {
            var resolved = links.Resolve(page, link.Url);
            link.Url = resolved.Kind switch
            {
                LinkKind.External or LinkKind.Page or LinkKind.StaticFile or LinkKind.SiteUrl => resolved.Href,
                _ => "#", // unreachable on a valid site: validation refuses broken and unsafe links
            };
        }
        _markdig.Write(renderer, link);
    }
}
