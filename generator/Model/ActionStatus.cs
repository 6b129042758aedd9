namespace Guidance.Model;

public enum ActionStatus { NotStarted, OnTrack, AtRisk, OffTrack, Complete }

/// <summary>The status words the contract allows, and the due forms beside them.</summary>
public static class ActionStatuses
{
    public static readonly IReadOnlyList<(ActionStatus Status, string Name, string Label)> All =
    [
        (ActionStatus.NotStarted, "not-started", "Not started"),
        (ActionStatus.OnTrack, "on-track", "On track"),
        (ActionStatus.AtRisk, "at-risk", "At risk"),
        (ActionStatus.OffTrack, "off-track", "Off track"),
        (ActionStatus.Complete, "complete", "Complete"),
    ];

    public static ActionStatus? Parse(string? name) =>
        All.Where(s => s.Name == name).Select(s => (ActionStatus?)s.Status).FirstOrDefault();

    public static string Name(ActionStatus status) => All.First(s => s.Status == status).Name;

    public static string Label(ActionStatus status) => All.First(s => s.Status == status).Label;

    /// <summary>How far ahead "due soon" looks: the month between two monthly board meetings.</summary>
    public const int DueSoonDays = 30;

    /// <summary>Recurring due values: the action never falls overdue.</summary>
    public static readonly IReadOnlyList<string> RecurringDues = ["ongoing", "weekly", "monthly", "quarterly"];

    /// <summary>The last day an action with this due value can be done by, or null for recurring ones.</summary>
    public static DateOnly? DueDate(string? due)
    {
        if (Dates.ParseDay(due) is { } day) return day;
        if (Dates.ParseMonth(due) is { } month) return month.AddMonths(1).AddDays(-1);
        return null;
    }

    public static bool IsValidDue(string due) =>
        RecurringDues.Contains(due) || Dates.ParseDay(due) is not null || Dates.ParseMonth(due) is not null;
}
