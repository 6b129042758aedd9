using Guidance.Model;

namespace Guidance.Render;

/// <summary>
/// The links that run backwards through the site, worked out once before rendering: which plan
/// actions rely on each page, which actions each lead leads, what each lead owns and chairs.
/// </summary>
public sealed class CrossReferences
{
    public sealed record ActionRef(Page Plan, PlanAction Action, string? Anchor);

    private readonly Dictionary<string, List<ActionRef>> _actionsByGuidance = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ActionRef>> _actionsByLead = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Page>> _ownedByLead = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Page>> _chairedByLead = new(StringComparer.Ordinal);

    public CrossReferences(Site site)
    {
        foreach (var plan in site.Pages.Where(p => p.Plan is not null))
        {
            foreach (var action in plan.Plan!.Actions)
            {
                foreach (var guidance in action.Guidance)
                {
                    var reference = PageRef.Parse(guidance.Value);
                    var list = Get(_actionsByGuidance, reference.PageId);
                    // One backlink per action per page, however many sections of the page it names.
                    if (!list.Any(r => r.Action == action)) list.Add(new ActionRef(plan, action, reference.Anchor));
                }
                foreach (var lead in action.Leads.Select(l => l.Value).Distinct())
                    Get(_actionsByLead, lead).Add(new ActionRef(plan, action, null));
            }
        }
        foreach (var page in site.Pages)
        {
            if (page.Meta.Owner is { } owner) Get(_ownedByLead, owner.Value).Add(page);
            if (page.Panel?.Chair is { } chair) Get(_chairedByLead, chair.Value).Add(page);
        }
    }

    public IReadOnlyList<ActionRef> ActionsRelyingOn(Page page) => _actionsByGuidance.GetValueOrDefault(page.Id.Value) ?? [];
    public IReadOnlyList<ActionRef> ActionsLedBy(string leadId) => _actionsByLead.GetValueOrDefault(leadId) ?? [];
    public IReadOnlyList<Page> PagesOwnedBy(string leadId) => _ownedByLead.GetValueOrDefault(leadId) ?? [];
    public IReadOnlyList<Page> PanelsChairedBy(string leadId) => _chairedByLead.GetValueOrDefault(leadId) ?? [];

    private static List<T> Get<T>(Dictionary<string, List<T>> map, string key)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        return list;
    }
}
