using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>GV006: two pages share one id.</summary>
public sealed class DuplicatePageIdRule : IRule
{
    public DiagnosticCode Code => Codes.DuplicatePageId;

    public void Check(ValidationContext context)
    {
        foreach (var group in context.Site.Pages.GroupBy(p => p.Id.Value).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var page in group.Skip(1))
                context.Report(this, page.Id.Location, $"page id '{group.Key}' is already used by {first.DisplayPath}",
                    "Give one of the pages a different 'id:' (page ids must be unique in the site)");
        }
    }
}
