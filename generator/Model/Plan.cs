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
    IReadOnlyList<PlanAction> Actions);

public sealed record PlanAction(
    SourceLocation Location,
    Located<string>? Id,
    string? Text,
    IReadOnlyList<Located<string>> Leads,
    Located<string>? Due,
    Located<string>? Status,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<string> Measures,
    IReadOnlyList<Located<string>> Guidance)
{
    /// <summary>The action's id for messages, or its position when it has none.</summary>
    public string Label => Id?.Value is { Length: > 0 } id ? id : $"at line {Location.Line}";

    /// <summary>The HTML anchor of the action on the plan page.</summary>
    public string Anchor => "action-" + (Id?.Value ?? Location.Line.ToString()).Replace('.', '-');

    public ActionStatus StatusValue => ActionStatuses.Parse(Status?.Value) ?? ActionStatus.NotStarted;
}
