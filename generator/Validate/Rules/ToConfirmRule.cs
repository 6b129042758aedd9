using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>
/// GV150 (warning): an owner or chair is still the placeholder <c>guidance new</c> writes. It is not a
/// lead id, so it is not an unknown lead (GV008); the page may be drafted and previewed meanwhile,
/// but every build says who is still to be named.
/// </summary>
public sealed class ToConfirmRule : IRule
{
    public const string Code = "GV150";

    /// <summary>What a new page says for an owner or chair nobody has named yet.</summary>
    public const string Placeholder = "To confirm";

    string IRule.Code => Code;
    public Severity Severity => Severity.Warning;
    public string Description => $"A page's owner or a panel's chair is still '{Placeholder}', the placeholder 'guidance new' writes.";

    public void Check(ValidationContext context)
    {
        foreach (var page in context.Site.Pages)
        {
            Check(context, page, page.Meta.Owner, "owner");
            if (page.Panel is { } panel) Check(context, page, panel.Chair, "chair");
        }
    }

    public static bool IsPlaceholder(string value) => string.Equals(value.Trim(), Placeholder, StringComparison.OrdinalIgnoreCase);

    private void Check(ValidationContext context, Page page, Located<string>? value, string role)
    {
        if (value is null || !IsPlaceholder(value.Value)) return;
        context.Report(this, value.Location, $"the {role} of page '{page.Id.Value}' is still to be confirmed",
            $"Replace '{Placeholder}' with the id of the lead in leads.yml who is the {role}");
    }
}
