using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>
/// GV131 (warning): a page says it was reviewed, or changed, after the day the site is built for. A
/// reader trusts a review date; one in the future is a typo or a review not yet done.
/// </summary>
public sealed class FutureDateRule : IRule
{
    public DiagnosticCode Code => Codes.FutureDate;

    public void Check(ValidationContext context)
    {
        var today = Dates.Iso(context.Today);
        foreach (var page in context.Site.Pages)
        {
            if (page.Meta.ReviewedDate is { } reviewed && reviewed > context.Today)
                context.Report(this, page.Meta.Reviewed!.Location, $"page '{page.Id.Value}' says it was reviewed on {Dates.Iso(reviewed)}, after the build date {today}",
                    "Correct 'reviewed' to the day the review was done, or build with --date set to the day the site is published");
            foreach (var change in page.Meta.Changes)
            {
                if (change.Day is { } day && day > context.Today)
                    context.Report(this, change.Date!.Location, $"a change to page '{page.Id.Value}' is dated {Dates.Iso(day)}, after the build date {today}",
                        "Correct the change's date to the day it was published, or build with --date set to the day the site is published");
            }
        }
    }
}
