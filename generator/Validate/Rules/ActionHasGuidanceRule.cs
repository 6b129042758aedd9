using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>GV012: a plan action links to no guidance page. Every action must say which guidance it relies on.</summary>
public sealed class ActionHasGuidanceRule : IRule
{
    public const string Code = "GV012";
    string IRule.Code => Code;
    public Severity Severity => Severity.Error;
    public string Description => "A plan action has no guidance link.";

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
