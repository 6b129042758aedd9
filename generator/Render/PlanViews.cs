namespace Guidance.Render;

// What the plan layouts see (plan.html, plan-filter.html and their partials). Snake_case in templates.

/// <summary>A plan page: the overview, the filters, each area's actions, the changed-since view and the charts.</summary>
public sealed record PlanView(
    string Url,
    int ActionCount,
    int OverdueCount,
    int DueSoonCount,
    int DueSoonDays,
    IReadOnlyList<StatusCountView> StatusCounts,
    IReadOnlyList<AreaView> Areas,
    PlanFiltersView Filters,
    ChangedView? Changed,
    ChartView ByArea,
    ChartView? OverTime);

/// <summary>How many actions are shown with one status; <see cref="Url"/> is its filtered page.</summary>
public sealed record StatusCountView(string Name, string Label, int Count, string Url);

public sealed record AreaView(
    string Number, string Title, string Anchor, string FilterUrl,
    int OverdueCount, int CompleteCount,
    IReadOnlyList<string> Outcomes, IReadOnlyList<string> Measures, IReadOnlyList<ActionView> Actions);

/// <summary>
/// One action. <see cref="Status"/> and <see cref="StatusLabel"/> are what the page shows: "overdue"
/// whenever the due date has passed and it is not complete, whatever was written; the written status
/// then goes in <see cref="RecordedLabel"/>.
/// </summary>
public sealed record ActionView(
    string Id,
    string Anchor,
    string Url,
    string Text,
    string Area,
    IReadOnlyList<PersonView> Leads,
    string LeadIds,
    string Due,
    bool Overdue,
    bool DueSoon,
    string Status,
    string StatusLabel,
    string? RecordedLabel,
    bool RecordedIsStale,
    bool Changed,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<string> Measures,
    IReadOnlyList<LinkView> Guidance,
    IReadOnlyList<UpdateView> Updates);

public sealed record UpdateView(string Date, string IsoDate, string Status, string StatusLabel, string Note);

/// <summary>The filter bar: every link is a static page, so filtering works without JavaScript.</summary>
public sealed record PlanFiltersView(
    IReadOnlyList<FilterLinkView> Due,
    IReadOnlyList<FilterLinkView> Statuses,
    IReadOnlyList<FilterLinkView> Leads,
    IReadOnlyList<FilterLinkView> Areas,
    FilterLinkView? Changed);

/// <summary>A filter: its label, its page, its key for plan.js (<c>status:overdue</c>, <c>lead:psw</c>) and how many actions it keeps.</summary>
public sealed record FilterLinkView(string Label, string Url, string Key, int Count, bool Current = false);

/// <summary>The actions with an update after <see cref="Since"/>: what changed since the last board.</summary>
public sealed record ChangedView(string Heading, string Since, string Url, int Count)
{
    /// <summary>The heading mid-sentence: "changed since 13 March 2024".</summary>
    public string Phrase => Heading.Length == 0 ? Heading : char.ToLowerInvariant(Heading[0]) + Heading[1..];
}

/// <summary>A chart: an SVG picture (no script) with its text alternative, and the same figures as a table.</summary>
public sealed record ChartView(string Title, string SvgHtml, IReadOnlyList<string> Columns, IReadOnlyList<ChartRowView> Rows);

public sealed record ChartRowView(string Label, IReadOnlyList<int> Values, int Total);

/// <summary>A filtered page of a plan: the plan, which filter, and the areas with the actions it keeps.</summary>
public sealed record PlanFilterPageView(string PlanTitle, string PlanUrl, string Heading, string Description, int Count, string? Empty,
    string? LeadUrl, IReadOnlyList<AreaView> Areas);
