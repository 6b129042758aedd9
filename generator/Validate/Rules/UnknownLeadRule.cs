using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>GV008: an owner, chair or member that looks like a lead id but is not in leads.yml.</summary>
public sealed class UnknownLeadRule : IRule
{
    public DiagnosticCode Code => Codes.UnknownLead;

    public void Check(ValidationContext context)
    {
        foreach (var page in context.Site.Pages)
        {
            Check(context, page.Meta.Owner, "owner");
            if (page.Panel is not { } panel) continue;
            Check(context, panel.Chair, "chair");
            foreach (var member in panel.Members) Check(context, member, "member");
        }
    }

    private void Check(ValidationContext context, Located<string>? value, string role)
    {
        if (value is null || !Slug.IsId(value.Value) || context.Site.FindLead(value.Value) is not null) return;
        if (context.Site.UnloadedAt(Load.SiteLoader.LeadsFile) is { } leads)
        {
            context.ReportFollowOn(this, leads, value.Location, $"{role} '{value.Value}' cannot be looked up: leads.yml failed to load");
            return;
        }
        context.Report(this, value.Location, $"{role} '{value.Value}' is not a lead in leads.yml",
            Suggest.DidYouMean(value.Value, context.Site.LeadsById.Keys, "Add the lead to leads.yml, or correct the id"));
    }
}
