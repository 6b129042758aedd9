using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>
/// GV152 (warning): a page lists <c>related:</c> in its front matter and also has a "Related guidance"
/// section in its body. The layouts already make that section from <c>related:</c>, so the reader
/// would get two lists, usually differing; the body's one gives way (its anchor stays on the page).
/// </summary>
public sealed class RelatedListedTwiceRule : IRule
{
    public DiagnosticCode Code => Codes.RelatedListedTwice;

    public void Check(ValidationContext context)
    {
        foreach (var page in context.Site.Pages.Where(p => p.Meta.Related.Count > 0))
            foreach (var heading in page.Headings.Where(h => h.Anchor == Page.RelatedAnchor))
                context.Report(this, heading.Location, $"page '{page.Id.Value}' has a 'Related guidance' section and 'related:' in its front matter, which the page already lists under that heading",
                    "Move the section's links into 'related:' (page ids, e.g. related: [supervision, recording#audits]) and delete the section; links to #related-guidance keep working");
    }
}
