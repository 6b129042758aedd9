using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>GV014: a plan action names a plan as its guidance. A plan is not guidance.</summary>
public sealed class PlanAsGuidanceRule : IRule
{
    public DiagnosticCode Code => Codes.PlanAsGuidance;

    public void Check(ValidationContext context)
    {
        foreach (var (_, action) in context.Actions)
        {
            foreach (var g in action.Guidance)
            {
                if (context.Site.FindPage(PageRef.Parse(g.Value).PageId) is not { Type: PageType.Plan } plan) continue;
                context.Report(this, g.Location, $"action {action.Label} names plan '{plan.Id.Value}' as guidance, but a plan is not guidance",
                    "Link the standard, guide or panel page the action relies on instead");
            }
        }
    }
}
