using Guidance.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;
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

    /// <summary>Unlinks, in every page of the edition, the marked links whose target the edition leaves out.</summary>
    public static void Unlink(Site edition, ProfileScope scope, LinkResolver wholeSite)
    {
        if (!scope.Profile.IsRestricted) return;
        foreach (var page in edition.Pages)
        {
            foreach (var link in page.Body.Descendants<LinkInline>().Where(l => l.Url is not null && IsMarked(l)).ToList())
            {
                var target = wholeSite.Resolve(page, link.Url!).Target;
                if (target is null || scope.Includes(target)) continue;
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
    }
}
