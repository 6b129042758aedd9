using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>
/// GV120 (warning): an action's written status says it is on track, not started or at risk, yet its
/// due date has passed (against the build date) and it is not complete. The page shows it as overdue
/// whatever the status says; the warning asks the lead to write down where it really stands.
/// </summary>
public sealed class StatusContradictsDatesRule : IRule
{
    public DiagnosticCode Code => Codes.StatusContradictsDates;

    public void Check(ValidationContext context)
    {
        foreach (var (_, action) in context.Actions)
        {
            if (!action.StatusContradictsDates(context.Today)) continue;
            var written = ActionStatuses.Name(action.StatusValue);
            var said = action.Status is null ? "has no status (so not-started)" : $"has status '{written}'";
            context.Report(this, action.Status?.Location ?? action.Location,
                $"action {action.Label} {said} but was due {ViewDue(action)}, before {Dates.Iso(context.Today)}",
                "Record where it stands: 'status: complete' if it is done, 'status: off-track' if it is late, or a new 'due:' agreed by the board (and an 'updates:' entry saying so)");
        }
    }

    private static string ViewDue(PlanAction action) => action.Due?.Value is { } due && Dates.ParseMonth(due) is not null ? $"by the end of {due}" : $"on {action.Due?.Value}";
}
