using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>GV071: a page's <c>legal:</c> list has a blank entry, or names the same legal basis twice.</summary>
public sealed class LegalEntryRule : IRule
{
    public DiagnosticCode Code => Codes.LegalEntry;

    public void Check(ValidationContext context)
    {
        foreach (var page in context.Site.Pages)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in page.Meta.Legal)
            {
                if (entry.Value.Length == 0)
                    context.Report(this, entry.Location, "this legal basis is blank",
                        "Name the statutory guidance or section the page follows, e.g. 'Children Act 1989, section 47', or remove the entry");
                else if (!seen.Add(entry.Value))
                    context.Report(this, entry.Location, $"legal basis '{entry.Value}' is listed twice", "Remove the second entry");
            }
        }
    }
}
