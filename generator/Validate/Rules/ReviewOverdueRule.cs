using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>GV100 (warning): a page's review_due date has passed, relative to the build date.</summary>
public sealed class ReviewOverdueRule : IRule
{
    public DiagnosticCode Code => Codes.ReviewOverdue;

    public void Check(ValidationContext context)
    {
        foreach (var page in context.Site.Pages)
        {
            if (!page.Meta.IsReviewOverdue(context.Today) || page.Meta.ReviewDueDate is not { } due) continue;
            context.Report(this, page.Meta.ReviewDue!.Location, $"page '{page.Id.Value}' was due for review on {Dates.Iso(due)}",
                "Review the page, then update 'reviewed' and 'review_due'");
        }
    }
}
