using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>GV026: an entry of an action's <c>updates:</c> list lacks a real date, a known status or a note.</summary>
public sealed class ActionUpdateRule : IRule
{
    public DiagnosticCode Code => Codes.ActionUpdate;

    public void Check(ValidationContext context)
    {
        foreach (var (_, action) in context.Actions)
        {
            foreach (var update in action.Updates ?? [])
            {
                if (update.Date is null)
                    context.Report(this, update.Location, $"an update of action {action.Label} has no date", "Add 'date: YYYY-MM-DD', the day of the report or board meeting");
                else if (update.Day is null)
                    context.Report(this, update.Date.Location, $"update date '{update.Date.Value}' of action {action.Label} is not a real date written YYYY-MM-DD", "Write it as, for example, 2024-04-17");
                if (update.Status is null)
                    context.Report(this, update.Location, $"an update of action {action.Label} has no status", "Add 'status:', one of: " + StatusNames);
                else if (update.StatusValue is null)
                    context.Report(this, update.Status.Location, $"update of action {action.Label} has status '{update.Status.Value}', which is not a status", "Use one of: " + StatusNames);
                if (update.Note?.Value is not { Length: > 0 })
                    context.Report(this, update.Note?.Location ?? update.Location, $"an update of action {action.Label} has no note", "Add 'note:' saying in a sentence or two what changed, as the board was told");
            }
        }
    }

    private static string StatusNames => string.Join(", ", ActionStatuses.All.Select(s => s.Name));
}
