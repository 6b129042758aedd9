using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>GV016: a plan action has no lead, or a placeholder (TBC, TBA, N/A, none, blank) instead of one.</summary>
public sealed class ActionHasLeadRule : IRule
{
    public DiagnosticCode Code => Codes.ActionHasLead;

    public void Check(ValidationContext context)
    {
        foreach (var (_, action) in context.Actions)
        {
            if (action.Leads.Count == 0)
            {
                context.Report(this, action.Location, $"action {action.Label} has no lead",
                    "Add 'leads: [lead-id]' naming at least one lead from leads.yml");
                continue;
            }
            foreach (var lead in action.Leads.Where(l => LeadPlaceholders.NamesNobody(l.Value)))
            {
                var shown = lead.Value.Length == 0 ? "a blank" : $"'{lead.Value}'";
                context.Report(this, lead.Location, $"action {action.Label} has {shown} as a lead, which is not a named lead",
                    "Name the accountable lead's id from leads.yml; the Improvement Board needs a named lead for every action");
            }
        }
    }
}
