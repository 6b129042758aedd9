using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>GV015: a page ref's anchor (<c>page#anchor</c>) names a heading the page does not have.</summary>
public sealed class PageRefAnchorRule : IRule
{
    public DiagnosticCode Code => Codes.PageRefAnchor;

    public void Check(ValidationContext context)
    {
        foreach (var (where, reference) in PageRefs.All(context))
        {
            var pageRef = PageRef.Parse(reference.Value);
            var page = context.Site.Resolve(pageRef, out var anchorFound);
            if (page is null || anchorFound || context.Site.DuplicateIds.Contains(page.Id.Value)) continue;
            context.Report(this, reference.Location,
                $"{where} links to '#{pageRef.Anchor}' in page '{page.Id.Value}', which has no such heading",
                Suggest.DidYouMean(pageRef.Anchor!, page.Headings.Select(h => h.Anchor), $"Use one of its heading anchors, or drop the anchor"));
        }
    }
}
