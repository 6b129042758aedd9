namespace Guidance.Authoring;

/// <summary>One row of a plan table as read from its file: the cells, and the line (or sheet row) it came from.</summary>
public sealed record TableRow(int Line, IReadOnlyList<string> Cells)
{
    /// <summary>How many rows of the file this row stands for: 2 for a header of two rows read as one.</summary>
    public int Span { get; init; } = 1;
}

/// <summary>A plan read from a table, before it is written as a plan page.</summary>
public sealed class ImportedPlan
{
    public List<ImportedArea> Areas { get; } = [];
    public List<ImportNote> Notes { get; } = [];

    public IEnumerable<ImportedAction> Actions => Areas.SelectMany(a => a.Actions);

    /// <summary>What became of every row of the table, by kind, so none goes unaccounted for.</summary>
    public SortedDictionary<RowKind, int> Rows { get; } = [];

    public void Count(RowKind kind, int rows = 1) => Rows[kind] = Rows.GetValueOrDefault(kind) + rows;

    /// <summary>"11 read: 4 actions, 2 area headings, 1 header row, 3 blank, 1 not imported".</summary>
    public string RowSummary =>
        $"{Rows.Values.Sum()} read: " + string.Join(", ", Rows.Select(r => $"{r.Value} {RowKinds.Name(r.Key, r.Value)}"));
}

/// <summary>What a row of a plan table became.</summary>
public enum RowKind { Action, AreaHeading, HeaderRow, Continuation, OutcomesAndMeasures, PageMarker, Blank, NotImported }

public static class RowKinds
{
    public static string Name(RowKind kind, int count) => (kind, count == 1) switch
    {
        (RowKind.Action, true) => "action",
        (RowKind.Action, false) => "actions",
        (RowKind.AreaHeading, true) => "area heading",
        (RowKind.AreaHeading, false) => "area headings",
        (RowKind.HeaderRow, true) => "header row",
        (RowKind.HeaderRow, false) => "header rows",
        (RowKind.Continuation, true) => "continuation of an action",
        (RowKind.Continuation, false) => "continuations of actions",
        (RowKind.OutcomesAndMeasures, _) => "outcomes and measures only",
        (RowKind.PageMarker, true) => "page marker",
        (RowKind.PageMarker, false) => "page markers",
        (RowKind.Blank, _) => "blank",
        (RowKind.NotImported, _) => "not imported (see the notes)",
        _ => kind.ToString(),
    };
}

public sealed class ImportedArea(int number, string title)
{
    public int Number => number;
    public string Title { get; set; } = title;
    public List<string> Outcomes { get; } = [];
    public List<string> Measures { get; } = [];
    public List<ImportedAction> Actions { get; } = [];
}

/// <summary>An action; <see cref="Leads"/> holds lead ids, or the cell's text where no lead in the registry matched.</summary>
public sealed class ImportedAction(string id, string text, IReadOnlyList<string> leads, string? due, string? status = null)
{
    public string Id => id;
    public string Text { get; set; } = text;
    public IReadOnlyList<string> Leads => leads;
    public string? Due => due;

    /// <summary>A contract status name (<c>at-risk</c>) from the table's RAG or status column, or null when it gave none.</summary>
    public string? Status => status;

    /// <summary>The action's own outcomes and success measures, from columns that sit beside each action.</summary>
    public List<string> Outcomes { get; } = [];
    public List<string> Measures { get; } = [];
}

/// <summary>
/// Something the import did that the reviewer should know: a repair it made on its own, or (when
/// <see cref="NeedsDecision"/>) something only a person can settle, such as a lead missing from the registry.
/// </summary>
public sealed record ImportNote(int Line, string Message, bool NeedsDecision)
{
    /// <summary>Line 0 is the command itself (a <c>--columns</c> name no header had).</summary>
    public override string ToString() => Line == 0 ? Message : $"line {Line}: {Message}";
}
