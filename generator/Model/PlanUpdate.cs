namespace Guidance.Model;

/// <summary>
/// One entry of an action's <c>updates:</c> list: what the board was told on a date. The action's
/// own <c>status:</c> stays its current status; updates are its history (GV026 checks each entry).
/// </summary>
public sealed record PlanUpdate(SourceLocation Location, Located<string>? Date, Located<string>? Status, Located<string>? Note)
{
    public DateOnly? Day => Dates.ParseDay(Date?.Value);

    public ActionStatus? StatusValue => ActionStatuses.Parse(Status?.Value);

    /// <summary>Usable for the history, the changed-since view and the chart: a real day and a known status.</summary>
    public bool IsValid => Day is not null && StatusValue is not null && Note?.Value is { Length: > 0 };
}
