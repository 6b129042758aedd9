namespace Guidance.Model;

/// <summary>An improvement plan: areas of improvement, each with its actions.</summary>
public sealed record Plan(IReadOnlyList<PlanArea> Areas)
{
    public IEnumerable<PlanAction> Actions => Areas.SelectMany(a => a.Actions);
}

public sealed record PlanArea(
    SourceLocation Location,
    Located<string>? Number,
    string? Title,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<string> Measures,
    IReadOnlyList<PlanAction> Actions)
{
    /// <summary>The area's anchor on the plan page, <c>area-3</c>.</summary>
    public string Anchor => "area-" + Slug.ForAnchor(Number?.Value ?? Location.Line.ToString());
}

public sealed record PlanAction(
    SourceLocation Location,
    Located<string>? Id,
    string? Text,
    IReadOnlyList<Located<string>> Leads,
    Located<string>? Due,
    Located<string>? Status,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<string> Measures,
    IReadOnlyList<Located<string>> Guidance,
    IReadOnlyList<PlanUpdate>? Updates = null)
{
    /// <summary>The action's valid <c>updates:</c>, oldest first (entries GV026 refuses are left out).</summary>
    public IReadOnlyList<PlanUpdate> History { get; } =
        (Updates ?? []).Where(u => u.IsValid).OrderBy(u => u.Day).ToList();

    /// <summary>The status the board was last told on or before a day, or null when no update was given by then.</summary>
    public ActionStatus? StatusOn(DateOnly day) => History.LastOrDefault(u => u.Day <= day)?.StatusValue;

    /// <summary>
    /// Its written status says on track, not started or at risk although its due date has passed: the
    /// status is out of date (GV120). Complete and off-track are honest past the due date.
    /// </summary>
    public bool StatusContradictsDates(DateOnly today) =>
        IsOverdue(today) && StatusValue is ActionStatus.OnTrack or ActionStatus.NotStarted or ActionStatus.AtRisk;

    /// <summary>The action's id for messages, or its position when it has none.</summary>
    public string Label => Id?.Value is { Length: > 0 } id ? id : $"at line {Location.Line}";

    /// <summary>The HTML anchor of the action on the plan page.</summary>
    public string Anchor => "action-" + (Id?.Value ?? Location.Line.ToString()).Replace('.', '-');

    public ActionStatus StatusValue => ActionStatuses.Parse(Status?.Value) ?? ActionStatus.NotStarted;

    /// <summary>The last day the action can be done by, or null when it recurs or has no due value.</summary>
    public DateOnly? DueDate => ActionStatuses.DueDate(Due?.Value);

    /// <summary>Past its due date and not complete: shown as overdue whatever its written status says.</summary>
    public bool IsOverdue(DateOnly today) => StatusValue != ActionStatus.Complete && DueDate is { } due && due < today;

    /// <summary>Not complete and due within the next <see cref="ActionStatuses.DueSoonDays"/> days (today included).</summary>
    public bool IsDueSoon(DateOnly today) =>
        StatusValue != ActionStatus.Complete && DueDate is { } due && due >= today && due <= today.AddDays(ActionStatuses.DueSoonDays);
}
