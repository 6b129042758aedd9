using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>GV019: an action's <c>due</c> is not YYYY-MM, YYYY-MM-DD, ongoing, weekly, monthly or quarterly.</summary>
public sealed class ActionDueRule : IRule
{
    public DiagnosticCode Code => Codes.ActionDue;

    public void Check(ValidationContext context)
    {
        foreach (var (_, action) in context.Actions)
        {
            if (action.Due is not { } due || ActionStatuses.IsValidDue(due.Value)) continue;
            context.Report(this, due.Location, $"action {action.Label} has due '{due.Value}', which is not a valid due value",
                "Use YYYY-MM (e.g. 2024-03), a real date YYYY-MM-DD, or ongoing, weekly, monthly or quarterly");
        }
    }
}
