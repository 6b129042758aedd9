using Guidance.Model;

namespace Guidance.Render;

/// <summary>
/// The ways a board narrows a plan: by status (as shown, so "overdue" wins over what was written),
/// due soon, lead, area and changed since the last update. Each is a static page under the plan's
/// URL (<c>/plans/improvement-plan/status/overdue/</c>) so filtering needs no JavaScript; plan.js
/// uses the same keys to filter the plan page in place.
/// </summary>
public sealed record PlanFilter(string Key, string Path, string Label, string Heading, Func<PlanAction, bool> Keeps, string? LeadId = null);

public static class PlanFilters
{
    public const string OverdueName = "overdue";
    public const string DueSoonName = "due-soon";

    /// <summary>What the page shows as an action's status: overdue when its due date has passed and it is not complete, else what was written.</summary>
    public static (string Name, string Label) Shown(PlanAction action, DateOnly today) =>
        action.IsOverdue(today) ? (OverdueName, "Overdue") : (ActionStatuses.Name(action.StatusValue), ActionStatuses.Label(action.StatusValue));

    public static IEnumerable<PlanFilter> Due(DateOnly today)
    {
        yield return new PlanFilter("status:" + OverdueName, $"{SitePaths.PlanStatus}{OverdueName}/", "Overdue", "Overdue actions", a => a.IsOverdue(today));
        yield return new PlanFilter("status:" + DueSoonName, $"{SitePaths.PlanStatus}{DueSoonName}/", $"Due in the next {ActionStatuses.DueSoonDays} days",
            $"Actions due in the next {ActionStatuses.DueSoonDays} days", a => a.IsDueSoon(today));
    }

    /// <summary>One filter per written status, keeping the actions shown with it (so not the overdue ones).</summary>
    public static IEnumerable<PlanFilter> Statuses(DateOnly today) =>
        ActionStatuses.All.Select(s => new PlanFilter("status:" + s.Name, $"{SitePaths.PlanStatus}{s.Name}/", s.Label, $"Actions {s.Label.ToLowerInvariant()}",
            a => !a.IsOverdue(today) && a.StatusValue == s.Status));

    /// <summary>
    /// One per lead in the registry, not only those with actions: a bookmarked lead's page keeps
    /// working (saying they lead none) when their last action moves to someone else.
    /// </summary>
    public static IEnumerable<PlanFilter> Leads(Site site) =>
        site.Leads.DistinctBy(l => l.Id.Value).OrderBy(l => l.DisplayTitle, StringComparer.OrdinalIgnoreCase).ThenBy(l => l.Id.Value, StringComparer.Ordinal)
            .Select(l => new PlanFilter("lead:" + l.Id.Value, $"{SitePaths.PlanLead}{l.Id.Value}/", l.DisplayTitle, $"Actions led by {l.DisplayTitle}",
                a => a.Leads.Any(x => x.Value == l.Id.Value), l.Id.Value));

    public static IEnumerable<PlanFilter> Areas(Plan plan) =>
        plan.Areas.Select(area =>
        {
            var key = AreaKey(area);
            return new PlanFilter("area:" + key, $"{SitePaths.PlanArea}{key}/", $"Area {area.Number?.Value}", $"Area {area.Number?.Value}: {area.Title}",
                a => area.Actions.Contains(a));
        });

    /// <summary>The changed-since view, or null when no action has an update yet.</summary>
    public static PlanFilter? Changed(Plan plan)
    {
        if (ChangedSince(plan) is not { } window) return null;
        return new PlanFilter("changed", SitePaths.PlanChanged, window.Label, window.Label, a => a.History.Any(u => window.Keeps(u.Day!.Value)));
    }

    /// <summary>
    /// "What changed since the last board": the updates of the plan's latest round (its most recent
    /// update date) and any since the round before. With one round only, that round's updates.
    /// </summary>
    public static (string Label, DateOnly? Since, DateOnly Latest, Func<DateOnly, bool> Keeps)? ChangedSince(Plan plan)
    {
        var days = plan.Actions.SelectMany(a => a.History).Select(u => u.Day!.Value).Distinct().OrderDescending().ToList();
        if (days.Count == 0) return null;
        var latest = days[0];
        if (days.Count == 1) return ($"Changed at the update of {Dates.Display(latest)}", null, latest, d => d == latest);
        var since = days[1];
        return ($"Changed since {Dates.Display(since)}", since, latest, d => d > since);
    }

    public static string AreaKey(PlanArea area) => Slug.ForAnchor(area.Number?.Value ?? "") is { Length: > 0 } n ? n : area.Location.Line.ToString();
}
