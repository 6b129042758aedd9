using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>GV005: <c>reviewed</c> or <c>review_due</c> is not a real date in the form YYYY-MM-DD.</summary>
public sealed class DateRule : IRule
{
    public DiagnosticCode Code => Codes.Date;

    public void Check(ValidationContext context)
    {
        foreach (var page in context.Site.Pages)
        {
            foreach (var (key, value) in new[] { ("reviewed", page.Meta.Reviewed), ("review_due", page.Meta.ReviewDue) })
            {
                if (value is null || Dates.ParseDay(value.Value) is not null) continue;
                context.Report(this, value.Location, $"'{key}' value '{value.Value}' is not a real date",
                    "Write the date as YYYY-MM-DD, e.g. 2025-03-31");
            }
        }
    }
}
