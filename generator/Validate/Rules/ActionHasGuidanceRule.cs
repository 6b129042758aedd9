using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>GV012: a plan action links to no guidance page. Every action must say which guidance it relies on.</summary>
public sealed class ActionHasGuidanceRule : IRule
{
    public DiagnosticCode Code => Codes.ActionHasGuidance;

    public void Check(ValidationContext context)
    {
        foreach (var (_, action) in context.Actions)
        {
            if (action.Guidance.Any(g => g.Value.Length > 0)) continue;
            context.Report(this, action.Location, $"action {action.Label} has no guidance link",
                "Add 'guidance: [page-id]' naming the guidance page the action relies on or produces");
        }
    }
}
