using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>
/// GV150 (warning): an owner or chair is still the placeholder <c>guidance new</c> writes. It is not a
/// lead id, so it is not an unknown lead (GV008); the page may be drafted and previewed meanwhile,
/// but every build says who is still to be named.
/// </summary>
public sealed class ToConfirmRule : IRule
{
    public DiagnosticCode Code => Codes.ToConfirm;

    public void Check(ValidationContext context)
    {
        foreach (var page in context.Site.Pages)
        {
            Check(context, page, page.Meta.Owner, "owner");
            if (page.Panel is { } panel) Check(context, page, panel.Chair, "chair");
        }
    }

    private void Check(ValidationContext context, Page page, Located<string>? value, string role)
    {
        if (value is null || !LeadPlaceholders.IsToConfirm(value.Value)) return;
        context.Report(this, value.Location, $"the {role} of page '{page.Id.Value}' is still to be confirmed",
            $"Replace '{LeadPlaceholders.ToConfirm}' with the id of the lead in leads.yml who is the {role}");
    }
}
