using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>
/// GV151 (warning): a plan area has no actions yet. A plan being drafted (as <c>guidance new plan</c>
/// starts it) builds, but the area is shown with nothing under it until its actions are written.
/// </summary>
public sealed class AreaWithoutActionsRule : IRule
{
    public DiagnosticCode Code => Codes.AreaWithoutActions;

    public void Check(ValidationContext context)
    {
        foreach (var page in context.PlanPages)
            foreach (var area in page.Plan!.Areas.Where(a => a.Actions.Count == 0))
                context.Report(this, area.Location, $"plan area {area.Number?.Value ?? "?"} of '{page.Id.Value}' has no actions yet",
                    "Add its actions under 'actions:', each with an id, the action, its leads, when it is due and the guidance it relies on");
    }
}
