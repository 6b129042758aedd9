using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>GV017: a plan action's lead is not an id in leads.yml.</summary>
public sealed class ActionLeadKnownRule : IRule
{
    public DiagnosticCode Code => Codes.ActionLeadKnown;

    public void Check(ValidationContext context)
    {
        foreach (var (_, action) in context.Actions)
        {
            foreach (var lead in action.Leads)
            {
                if (LeadPlaceholders.NamesNobody(lead.Value) || context.Site.FindLead(lead.Value) is not null) continue;
                if (context.Site.UnloadedAt(Load.SiteLoader.LeadsFile) is { } leads)
                {
                    context.ReportFollowOn(this, leads, lead.Location, $"action {action.Label}'s lead '{lead.Value}' cannot be looked up: leads.yml failed to load");
                    continue;
                }
                context.Report(this, lead.Location, $"action {action.Label} has lead '{lead.Value}', which is not in leads.yml", Hint(context.Site, lead.Value));
            }
        }
    }

    /// <summary>Points at the registry id when the author wrote the role's title or an alias instead.</summary>
    private static string Hint(Site site, string written)
    {
        var byName = site.Leads.FirstOrDefault(l =>
            string.Equals(l.Title, written, StringComparison.OrdinalIgnoreCase) ||
            l.Aliases.Any(a => string.Equals(a, written, StringComparison.OrdinalIgnoreCase)));
        return byName is not null
            ? $"Use the lead's id '{byName.Id.Value}' rather than its name"
            : Suggest.DidYouMean(written, site.LeadsById.Keys, "Add the lead to leads.yml, or use the id of an existing lead");
    }
}
