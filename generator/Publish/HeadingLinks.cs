using System.Net;
using System.Text.RegularExpressions;

namespace Guidance.Publish;

/// <summary>
/// Gives every section heading (h2, h3) of a rendered body a visible link to itself, so a manager can
/// copy the address of exactly the section they relied on. Without JavaScript it is a plain "#" link;
/// copy-link.js turns it into a "Copy link" button.
/// </summary>
public static partial class HeadingLinks
{
    // Markdig writes headings as <h2 id="anchor">text</h2>, one per line; nothing else in a body has that shape.
    [GeneratedRegex("""<h([23]) id="([^"]+)">(.*?)</h\1>""")]
    private static partial Regex Heading();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    public static string Add(string bodyHtml) => Heading().Replace(bodyHtml, m =>
    {
        var (level, anchor, inner) = (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value);
        var text = WebUtility.HtmlEncode(WebUtility.HtmlDecode(Tag().Replace(inner, "")));
        // Beside the heading, not inside it, so the heading's own name stays just its words.
        return $"""<div class="section-heading"><h{level} id="{anchor}">{inner}</h{level}> <a class="heading-link" href="#{anchor}" data-section="{text}"><span aria-hidden="true">#</span><span class="visually-hidden">Link to section: {text}</span></a></div>""";
    });
}
