using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>GV070: an entry of a page's <c>sources:</c> list lacks a title, or a date a reader can read.</summary>
public sealed class SourceEntryRule : IRule
{
    public DiagnosticCode Code => Codes.SourceEntry;

    public void Check(ValidationContext context)
    {
        foreach (var page in context.Site.Pages)
        {
            foreach (var source in page.Meta.Sources)
            {
                if (source.Title is null)
                    context.Report(this, source.Location, "this source has no title", "Add 'title:' naming the document the guidance was written from");
                if (source.Date is null)
                    context.Report(this, source.Location, "this source has no date", "Add 'date:' with the document's date, e.g. 2023-12 or 2023-12-15");
                else if (source.DisplayDate is null)
                    context.Report(this, source.Date.Location, $"source date '{source.Date.Value}' is not a real date written YYYY-MM-DD, YYYY-MM or YYYY",
                        "Write it as the document is dated, e.g. 2023-12 for December 2023");
            }
        }
    }
}
