using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>GV034: an entry of a page's <c>changes:</c> list lacks a real date or a summary.</summary>
public sealed class ChangeEntryRule : IRule
{
    public DiagnosticCode Code => Codes.ChangeEntry;

    public void Check(ValidationContext context)
    {
        foreach (var page in context.Site.Pages)
        {
            foreach (var change in page.Meta.Changes)
            {
                if (change.Date is null)
                    context.Report(this, change.Location, "this change has no date", "Add 'date: YYYY-MM-DD', the day the change was published");
                else if (change.Day is null)
                    context.Report(this, change.Date.Location, $"change date '{change.Date.Value}' is not a real date written YYYY-MM-DD", "Write it as, for example, 2024-04-22");
                if (change.Summary is null)
                    context.Report(this, change.Location, "this change has no summary", "Add 'summary:' saying in a sentence what changed, for the page's history and What's new");
            }
        }
    }
}
