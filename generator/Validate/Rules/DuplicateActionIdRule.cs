using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>GV018: two actions in one plan share an id.</summary>
public sealed class DuplicateActionIdRule : IRule
{
    public DiagnosticCode Code => Codes.DuplicateActionId;

    public void Check(ValidationContext context)
    {
        foreach (var page in context.PlanPages)
        {
            var seen = new Dictionary<string, PlanAction>(StringComparer.Ordinal);
            foreach (var action in page.Plan!.Actions.Where(a => a.Id is not null))
            {
                if (seen.TryAdd(action.Id!.Value, action)) continue;
                context.Report(this, action.Id.Location,
                    $"action id '{action.Id.Value}' is already used at line {seen[action.Id.Value].Location.Line}",
                    "Give each action an id unique in the plan, e.g. area number then action number: \"3.10\"");
            }
        }
    }
}
