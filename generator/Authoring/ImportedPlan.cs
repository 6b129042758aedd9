namespace Guidance.Authoring;

/// <summary>One row of a plan table as read from its file: the cells, and the line (or sheet row) it came from.</summary>
public sealed record TableRow(int Line, IReadOnlyList<string> Cells);

/// <summary>A plan read from a table, before it is written as a plan page.</summary>
public sealed class ImportedPlan
{
    public List<ImportedArea> Areas { get; } = [];
    public List<ImportNote> Notes { get; } = [];

    public IEnumerable<ImportedAction> Actions => Areas.SelectMany(a => a.Actions);
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
public sealed class ImportedAction(string id, string text, IReadOnlyList<string> leads, string? due)
{
    public string Id => id;
    public string Text { get; set; } = text;
    public IReadOnlyList<string> Leads => leads;
    public string? Due => due;
}

/// <summary>
/// Something the import did that the reviewer should know: a repair it made on its own, or (when
/// <see cref="NeedsDecision"/>) something only a person can settle, such as a lead missing from the registry.
/// </summary>
public sealed record ImportNote(int Line, string Message, bool NeedsDecision)
{
    public override string ToString() => $"line {Line}: {Message}";
}

/// <summary>A file could not be read or written: a missing table, an unknown format, a damaged workbook, a page that already exists (exit code 2).</summary>
public sealed class AuthoringException(string message) : Exception(message);
