using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>GV020: an action's <c>status</c> is not one of the contract's status words.</summary>
public sealed class ActionStatusRule : IRule
{
    public DiagnosticCode Code => Codes.ActionStatus;

    public void Check(ValidationContext context)
    {
        foreach (var (_, action) in context.Actions)
        {
            if (action.Status is not { } status || ActionStatuses.Parse(status.Value) is not null) continue;
            context.Report(this, status.Location, $"action {action.Label} has status '{status.Value}', which is not a status",
                "Use one of: " + string.Join(", ", ActionStatuses.All.Select(s => s.Name)));
        }
    }
}
