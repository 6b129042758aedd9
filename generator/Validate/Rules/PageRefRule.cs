using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>GV013: a page ref (plan guidance, related, glossary 'see') names a page that does not exist.</summary>
public sealed class PageRefRule : IRule
{
    public DiagnosticCode Code => Codes.PageRef;

    public void Check(ValidationContext context)
    {
        foreach (var (where, reference) in PageRefs.All(context))
        {
            var pageRef = PageRef.Parse(reference.Value);
            if (pageRef.PageId.Length == 0 || context.Site.FindPage(pageRef.PageId) is not null) continue;
            if (context.Site.UnloadedWithId(pageRef.PageId) is { } unloaded)
            {
                context.ReportFollowOn(this, unloaded, reference.Location, $"{where} links to page '{pageRef.PageId}', which failed to load");
                continue;
            }
            context.Report(this, reference.Location, $"{where} links to page '{pageRef.PageId}', which does not exist",
                Suggest.DidYouMean(pageRef.PageId, context.Site.PagesById.Keys, "Use the id of an existing page (its file name unless it sets 'id:')"));
        }
    }
}

/// <summary>Every page ref in the site with a description of where it is, for the page-ref rules.</summary>
internal static class PageRefs
{
    public static IEnumerable<(string Where, Located<string> Ref)> All(ValidationContext context)
    {
        foreach (var (_, action) in context.Actions)
            foreach (var g in action.Guidance.Where(g => g.Value.Length > 0))
                yield return ($"action {action.Label}", g);
        foreach (var page in context.Site.Pages)
            foreach (var r in page.Meta.Related.Where(r => r.Value.Length > 0))
                yield return ($"'related' of page '{page.Id.Value}'", r);
        foreach (var entry in context.Site.Glossary.Where(e => e.See is not null))
            yield return ($"glossary term '{entry.Term.Value}'", entry.See!);
    }
}
