using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Guidance.Publish;

/// <summary>
/// Links marked <c>{.internal-only}</c> point at staff guidance a partner edition does not carry. In
/// such an edition the link's words stay, as plain text, with a note saying where to find the page.
/// </summary>
public static class InternalOnlyLinks
{
    public const string ClassName = "internal-only";
    public const string Note = "(available on the staff intranet)";

    public static bool IsMarked(LinkInline link) => link.GetAttributes().Classes?.Contains(ClassName) == true;

    /// <summary>
    /// Replaces a marked link, whose target the edition being rendered leaves out, by its own words
    /// and a note saying where to find the page. Called by the body renderer as it rewrites links.
    /// </summary>
    public static void Unlink(LinkInline link)
    {
        Inline last = link;
        while (link.FirstChild is { } child)
        {
            child.Remove();
            last.InsertAfter(child);
            last = child;
        }
        last.InsertAfter(new HtmlInline($" <span class=\"internal-only-note\">{Note}</span>"));
        link.Remove();
    }
}
