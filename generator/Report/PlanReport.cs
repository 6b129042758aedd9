using Guidance.Model;
using Guidance.Render;

namespace Guidance.Report;

/// <summary>
/// What a board report of one plan shows, worked out once for every format: each action with its
/// leads' titles, its due date and the status it is reported with, and the figures by area.
/// An action past its due date and not complete is reported as overdue whatever its written status
/// (<see cref="PlanAction.IsOverdue"/>); the written status is kept beside it.
/// </summary>
public sealed record PlanReport(string Title, string PlanId, string SourcePath, DateOnly Today, IReadOnlyList<ReportArea> Areas)
{
    public IEnumerable<ReportAction> Actions => Areas.SelectMany(a => a.Actions);

    public StatusFigures Total => StatusFigures.Of(Actions);

    public static PlanReport For(Site site, Page page, DateOnly today)
    {
        var plan = page.Plan ?? new Plan([]);
        var areas = plan.Areas.Select(area =>
        {
            var number = area.Number?.Value ?? "";
            return new ReportArea(number, area.Title ?? "", area.Actions.Select(a => Action(site, number, a, today)).ToList());
        }).ToList();
        return new PlanReport(page.Title, page.Id.Value, page.DisplayPath, today, areas);
    }

    private static ReportAction Action(Site site, string area, PlanAction action, DateOnly today) => new(
        area,
        action.Id?.Value ?? "",
        action.Text ?? "",
        action.Leads.Select(l => site.FindLead(l.Value)?.DisplayTitle ?? l.Value).ToList(),
        action.Due?.Value,
        ViewBuilder.DueLabel(action.Due?.Value),
        action.DueDate,
        action.StatusValue,
        action.IsOverdue(today),
        action.IsDueSoon(today));
}

/// <param name="Actions">In the plan's order.</param>
public sealed record ReportArea(string Number, string Title, IReadOnlyList<ReportAction> Actions)
{
    /// <summary>
    /// The order a board reads them in: overdue first, the longest overdue at the top, so the meeting
    /// starts with what slipped; then the rest in the plan's own order (both sorts are stable).
    /// </summary>
    public IEnumerable<ReportAction> BoardOrder =>
        Actions.Where(a => a.Overdue).OrderBy(a => a.DueDate).Concat(Actions.Where(a => !a.Overdue));

    public string Heading => Number.Length == 0 ? Title : $"Area {Number}: {Title}";

    public StatusFigures Figures => StatusFigures.Of(Actions);
}

/// <param name="Due">The due value as written (<c>2023-12</c>, <c>monthly</c>), or null.</param>
/// <param name="DueLabel">The due value for people: "December 2023", "Monthly", "Not set".</param>
public sealed record ReportAction(
    string Area, string Id, string Text, IReadOnlyList<string> Leads, string? Due, string DueLabel, DateOnly? DueDate,
    ActionStatus Written, bool Overdue, bool DueSoon)
{
    public ReportStatus Shown => Overdue ? ReportStatus.Overdue : ReportStatuses.From(Written);

    /// <summary>"Overdue (written: On track)" when the dates overrule the written status, else the status's label.</summary>
    public string StatusText => Overdue ? $"Overdue (written: {ActionStatuses.Label(Written)})" : ActionStatuses.Label(Written);
}

/// <summary>The statuses a report shows: the contract's five and overdue, which the dates decide.</summary>
public enum ReportStatus { Overdue, OffTrack, AtRisk, OnTrack, NotStarted, Complete }

public static class ReportStatuses
{
    /// <summary>In the order a board reads them, worst first; each with its RAG rating and the cell colour it is shown in.</summary>
    public static readonly IReadOnlyList<(ReportStatus Status, string Name, string Label, string Rag, string Fill)> All =
    [
        (ReportStatus.Overdue, "overdue", "Overdue", "Red", "E06666"),
        (ReportStatus.OffTrack, "off-track", "Off track", "Red", "E06666"),
        (ReportStatus.AtRisk, "at-risk", "At risk", "Amber", "FFC000"),
        (ReportStatus.OnTrack, "on-track", "On track", "Green", "93C47D"),
        (ReportStatus.NotStarted, "not-started", "Not started", "Grey", "D9D9D9"),
        (ReportStatus.Complete, "complete", "Complete", "Blue", "9FC5E8"),
    ];

    public static ReportStatus From(ActionStatus status) => status switch
    {
        ActionStatus.OffTrack => ReportStatus.OffTrack,
        ActionStatus.AtRisk => ReportStatus.AtRisk,
        ActionStatus.OnTrack => ReportStatus.OnTrack,
        ActionStatus.Complete => ReportStatus.Complete,
        _ => ReportStatus.NotStarted,
    };

    public static (ReportStatus Status, string Name, string Label, string Rag, string Fill) Of(ReportStatus status) => All.First(s => s.Status == status);
}

/// <summary>
/// The figures of a set of actions: how many are reported with each status (overdue counted instead of
/// its written status, so the statuses add up to the total), and how many fall due in the next 30 days.
/// </summary>
public sealed record StatusFigures(int Actions, IReadOnlyList<int> ByStatus, int DueSoon)
{
    public static StatusFigures Of(IEnumerable<ReportAction> actions)
    {
        var list = actions.ToList();
        return new StatusFigures(list.Count, ReportStatuses.All.Select(s => list.Count(a => a.Shown == s.Status)).ToList(), list.Count(a => a.DueSoon));
    }

    public int Count(ReportStatus status) => ByStatus[ReportStatuses.All.ToList().FindIndex(s => s.Status == status)];

    /// <summary>"68 actions: 16 overdue, 4 at risk, ...; 3 due in the next 30 days." — the summary sentence of every format.</summary>
    public string Sentence()
    {
        var parts = ReportStatuses.All.Select((s, i) => (s.Label, Count: ByStatus[i])).Where(p => p.Count > 0).Select(p => $"{p.Count} {p.Label.ToLowerInvariant()}");
        return $"{Actions} action{(Actions == 1 ? "" : "s")}: {string.Join(", ", parts)}; {DueSoon} due in the next {ActionStatuses.DueSoonDays} days.";
    }
}
