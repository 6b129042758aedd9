using Guidance.Model;

namespace Guidance.Render;

/// <summary>Maps a plan to the views of its page and its filtered pages. Pure, like <see cref="ViewBuilder"/>.</summary>
public sealed class PlanViewBuilder(Site site, ViewBuilder views, DateOnly today)
{
    public PlanView Build(Page page, Plan plan, string? currentKey = null)
    {
        var actions = plan.Actions.ToList();
        var changed = PlanFilters.Changed(plan);
        FilterLinkView Link(PlanFilter f) => new(f.Label, FilterUrl(page, f), f.Key, actions.Count(f.Keeps), f.Key == currentKey);
        var shown = actions.Select(a => PlanFilters.Shown(a, today).Name).ToList();
        var statusCounts = new[] { (PlanFilters.OverdueName, "Overdue") }.Concat(ActionStatuses.All.Select(s => (s.Name, s.Label)))
            .Select(s => new StatusCountView(s.Item1, s.Item2, shown.Count(n => n == s.Item1), site.Url(page.UrlPath + $"status/{s.Item1}/")))
            .ToList();
        return new PlanView(
            Url: site.Url(page),
            ActionCount: actions.Count,
            OverdueCount: actions.Count(a => a.IsOverdue(today)),
            DueSoonCount: actions.Count(a => a.IsDueSoon(today)),
            DueSoonDays: ActionStatuses.DueSoonDays,
            StatusCounts: statusCounts,
            Areas: plan.Areas.Select(area => Area(page, plan, area, area.Actions, changed)).ToList(),
            Filters: new PlanFiltersView(
                PlanFilters.Due(today).Select(Link).ToList(),
                PlanFilters.Statuses(today).Select(Link).ToList(),
                PlanFilters.Leads(site).Select(Link).Where(l => l.Count > 0).ToList(),
                PlanFilters.Areas(plan).Select(Link).ToList(),
                changed is null ? null : Link(changed)),
            Changed: changed is null ? null : new ChangedView(changed.Heading,
                PlanFilters.ChangedSince(plan)!.Value.Since is { } since ? Dates.Display(since) : "", FilterUrl(page, changed), actions.Count(changed.Keeps)),
            ByArea: PlanCharts.StatusByArea(plan, today),
            OverTime: PlanCharts.OverTime(plan));
    }

    /// <summary>Every filtered page of a plan, with the areas and actions each keeps.</summary>
    public IEnumerable<(string UrlPath, PlanFilter Filter, PlanFilterPageView View)> FilterPages(Page page, Plan plan)
    {
        var changed = PlanFilters.Changed(plan);
        var all = PlanFilters.Due(today).Concat(PlanFilters.Statuses(today)).Concat(PlanFilters.Leads(site)).Concat(PlanFilters.Areas(plan));
        if (changed is not null) all = all.Append(changed);
        foreach (var filter in all)
        {
            var areas = plan.Areas
                .Select(area => Area(page, plan, area, area.Actions.Where(filter.Keeps).ToList(), changed))
                .Where(a => a.Actions.Count > 0).ToList();
            var count = areas.Sum(a => a.Actions.Count);
            var empty = count > 0 ? null
                : filter.LeadId is not null ? $"{filter.Label} leads none of this plan's actions."
                : plan.Actions.Any() ? $"No action in this plan is in this view ({filter.Label.ToLowerInvariant()})."
                : "This plan has no actions yet.";
            var view = new PlanFilterPageView(page.Title, site.Url(page), filter.Heading,
                $"{count} of {plan.Actions.Count()} actions in {page.Title}: {filter.Label.ToLowerInvariant()}.", count, empty,
                filter.LeadId is { } lead ? site.Url(SitePaths.Lead(lead)) : null, areas);
            yield return (page.UrlPath + filter.Path, filter, view);
        }
    }

    private string FilterUrl(Page page, PlanFilter filter) => site.Url(page.UrlPath + filter.Path);

    private AreaView Area(Page page, Plan plan, PlanArea area, IReadOnlyList<PlanAction> actions, PlanFilter? changed) => new(
        area.Number?.Value ?? "",
        area.Title ?? "",
        area.Anchor,
        site.Url(page.UrlPath + SitePaths.PlanArea + $"{PlanFilters.AreaKey(area)}/"),
        area.Actions.Count(a => a.IsOverdue(today)),
        area.Actions.Count(a => a.StatusValue == ActionStatus.Complete),
        area.Outcomes,
        area.Measures,
        actions.Select(a => Action(page, area, a, changed)).ToList());

    private ActionView Action(Page page, PlanArea area, PlanAction action, PlanFilter? changed)
    {
        var (status, label) = PlanFilters.Shown(action, today);
        var overdue = action.IsOverdue(today);
        return new ActionView(
            Id: action.Id?.Value ?? "",
            Anchor: action.Anchor,
            Url: site.Url(page, action.Anchor),
            Text: action.Text ?? "",
            Area: PlanFilters.AreaKey(area),
            Leads: action.Leads.Select(l => views.Person(l.Value)).ToList(),
            LeadIds: string.Join(' ', action.Leads.Select(l => l.Value)),
            Due: ViewBuilder.DueLabel(action.Due?.Value),
            Overdue: overdue,
            DueSoon: action.IsDueSoon(today),
            Status: status,
            StatusLabel: label,
            RecordedLabel: overdue ? ActionStatuses.Label(action.StatusValue) : null,
            RecordedIsStale: action.StatusContradictsDates(today),
            Changed: changed?.Keeps(action) ?? false,
            Outcomes: action.Outcomes,
            Measures: action.Measures,
            Guidance: action.Guidance.Select(g => views.PageLink(PageRef.Parse(g.Value))).OfType<LinkView>().ToList(),
            Updates: action.History.Reverse().Select(u => new UpdateView(Dates.Display(u.Day!.Value), Dates.Iso(u.Day!.Value),
                ActionStatuses.Name(u.StatusValue!.Value), ActionStatuses.Label(u.StatusValue!.Value), u.Note!.Value)).ToList());
    }
}
