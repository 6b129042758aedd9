using System.Globalization;
using System.Text.RegularExpressions;
using Guidance.Model;

namespace Guidance.Authoring;

/// <summary>
/// Turns the rows of a plan table into areas and actions, repairing what copying a plan out of a
/// document does to it: page markers, restarted or missing numbers, rows shifted by an empty cell,
/// outcomes and measures sitting beside whichever rows came first. Every row is counted in
/// <see cref="ImportedPlan.Rows"/> by what became of it (an action, an area heading, a header, a
/// continuation, blank ...), and every row that is not imported as it stands gets a note saying why.
/// </summary>
public sealed partial class PlanTableParser(LeadSplitter leads, ColumnNames? names = null)
{
    private readonly ImportedPlan _plan = new();
    private PlanColumns _columns = PlanColumns.Default;
    private ImportedArea? _area;
    private ImportedAction? _last;
    // The number after the dot of the last action in each area: "1.7" continues at 8 after a "(continued)" heading.
    private readonly Dictionary<int, int> _lastNumber = new();

    public static ImportedPlan Parse(IEnumerable<TableRow> rows, LeadSplitter leads, ColumnNames? names = null)
    {
        var parser = new PlanTableParser(leads, names);
        foreach (var row in rows) parser.Add(row);
        if (!parser._plan.Rows.ContainsKey(RowKind.HeaderRow) && parser._plan.Actions.Any())
            parser.Note(new TableRow(0, []), "no row named the columns (an action column and a lead or date column), so cells were read in the order "
                + "number, action, lead, by when, outcomes, measures; if that is wrong, name the headers with --columns, e.g. --columns \"Action=Deliverable\"");
        foreach (var unused in names?.Unused ?? [])
            parser.Decide(new TableRow(0, []), $"--columns: no header row has a column named '{unused}'; check its spelling");
        return parser._plan;
    }

    private void Add(TableRow row)
    {
        // Cells copied from documents carry line breaks and runs of spaces inside them.
        var cells = row.Cells.Select(c => string.Join(' ', c.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();
        var filled = cells.Where(c => c.Length > 0).ToList();
        if (filled.Count == 0)
        {
            _plan.Count(RowKind.Blank, row.Span);
            return;
        }
        if (filled.Count == 1 && PageMarker().Replace(filled[0], "").Trim().Length == 0)
        {
            _plan.Count(RowKind.PageMarker, row.Span);
            Note(row, $"skipped the page marker '{filled[0]}'");
            return;
        }
        // A heading is a row with only one cell filled, wherever it sits: a Word table's merged row reads
        // as its first cell, a spreadsheet's often as the first cell with the rest empty.
        if (filled.Count == 1 && AreaHeading().Match(filled[0]) is { Success: true } heading)
        {
            _plan.Count(RowKind.AreaHeading, row.Span);
            StartArea(row, heading);
            return;
        }
        if (PlanColumns.FromHeader(cells, names) is { } header)
        {
            _plan.Count(RowKind.HeaderRow, row.Span);
            _columns = header;
            foreach (var (_, name) in header.Unknown)
                Decide(row, $"the column '{name}' is not imported: its name is none the importer reads, or repeats one already read; name it with --columns (e.g. --columns \"Measures={name}\"), or --columns \"Ignore={name}\" to leave it out");
            return;
        }
        Shift(row, cells);
        _plan.Count(AddRow(row, cells), row.Span);
    }

    private void StartArea(TableRow row, Match heading)
    {
        var number = int.Parse(heading.Groups["number"].Value, CultureInfo.InvariantCulture);
        var title = heading.Groups["title"].Value.Trim().TrimEnd('.').Trim();
        var existing = _plan.Areas.Find(a => a.Number == number);
        if (existing is not null)
        {
            if (!heading.Groups["continued"].Success)
                Note(row, $"area {number} appears again without '(continued)'; its rows carry on area {number}");
            // Rows before the first heading went into an untitled area 1; the heading names it.
            if (existing.Title == UntitledTitle) existing.Title = title;
            _area = existing;
            return;
        }
        _area = new ImportedArea(number, title);
        _plan.Areas.Add(_area);
        _last = null;
    }

    // A row copied with an extra empty cell in front ("\t1.4\tPilot ...") has every cell one to the right.
    private void Shift(TableRow row, List<string> cells)
    {
        if (_columns.IndexOf(PlanColumn.Number) is not { } n || n + 1 >= cells.Count) return;
        if (cells[n].Length > 0 || NumberOf(cells[n + 1]) is null) return;
        cells.RemoveAt(n);
        Note(row, "the row starts with an empty cell; read it one cell to the left");
    }

    /// <summary>Reads a row of the table's body; returns what it became, for the row count.</summary>
    private RowKind AddRow(TableRow row, List<string> cells)
    {
        var numberCell = _columns.Cell(cells, PlanColumn.Number);
        var text = _columns.Cell(cells, PlanColumn.Action);
        var leadCell = _columns.Cell(cells, PlanColumn.Lead);
        var dueCell = _columns.Cell(cells, PlanColumn.Due);
        var statusCell = _columns.Cell(cells, PlanColumn.Status);
        var outcomes = Items(_columns.Cell(cells, PlanColumn.Outcomes));
        var measures = Items(_columns.Cell(cells, PlanColumn.Measures));
        var unread = cells.Where((c, i) => c.Length > 0 && !_columns.Accounts(i)).ToList();

        var areaOutcomes = Items(_columns.Cell(cells, PlanColumn.AreaOutcomes));
        var areaMeasures = Items(_columns.Cell(cells, PlanColumn.AreaMeasures));
        var forArea = areaOutcomes.Count + areaMeasures.Count > 0;
        if (forArea)
        {
            var area = _area ?? UntitledArea(row);
            AddDistinct(area.Outcomes, areaOutcomes);
            AddDistinct(area.Measures, areaMeasures);
        }
        foreach (var cell in unread) Decide(row, $"a cell under no known column was not imported: '{Shorten(cell)}'");

        var number = PageMarker().Replace(numberCell, "").Trim();
        if (number != numberCell) Note(row, $"removed the page marker from the number cell '{numberCell}'");
        // A line of text alone in the first cell is a cell's text that ran onto a line of its own.
        if (text.Length == 0 && leadCell.Length == 0 && dueCell.Length == 0 && number.Length > 0 && NumberOf(number) is null)
            (text, number) = (number, "");

        if (text.Length == 0)
        {
            if (number.Length > 0 || leadCell.Length > 0 || dueCell.Length > 0)
            {
                Decide(row, $"a row with no action text was not imported as an action (number '{number}', lead '{leadCell}', by when '{dueCell}')");
                return RowKind.NotImported;
            }
            if (outcomes.Count + measures.Count == 0)
            {
                if (forArea) return Noted(row, $"outcomes and measures added to area {_area!.Number}", RowKind.OutcomesAndMeasures);
                if (unread.Count == 0) Decide(row, $"a row with no action text was not imported (status '{statusCell}')");
                return RowKind.NotImported;
            }
            if (_last is null) return Decided(row, "outcomes or measures before the first action were not imported", RowKind.NotImported);
            // A measure on a row of its own, as Word tables split a tall cell: it belongs to the action above.
            AddDistinct(_last.Outcomes, outcomes);
            AddDistinct(_last.Measures, measures);
            return Noted(row, $"outcomes or measures on a row of their own added to action {_last.Id}", RowKind.OutcomesAndMeasures);
        }
        if (number.Length == 0 && leadCell.Length == 0 && dueCell.Length == 0)
        {
            if (_last is null) return Noted(row, $"text before the first action was not imported: '{Shorten(text)}'", RowKind.NotImported);
            _last.Text = _last.Text + " " + text;
            Note(row, $"a line with only action text was joined to action {_last.Id} as its continuation");
            return RowKind.Continuation;
        }
        var into = _area ?? UntitledArea(row);
        _last = NewAction(row, into, number, text, leadCell, dueCell, statusCell);
        AddDistinct(_last.Outcomes, outcomes);
        AddDistinct(_last.Measures, measures);
        into.Actions.Add(_last);
        return RowKind.Action;
    }

    private ImportedAction NewAction(TableRow row, ImportedArea area, string numberCell, string text, string leadCell, string dueCell, string statusCell)
    {
        var previous = _lastNumber.GetValueOrDefault(area.Number);
        var used = area.Actions.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var n = NumberOf(numberCell) ?? previous + 1;
        if (NumberOf(numberCell) is null)
            Note(row, $"no action number{(numberCell.Length > 0 ? $" in '{numberCell}'" : "")}; numbered {area.Number}.{n}, the next in sequence");
        else if (used.Contains($"{area.Number}.{n}"))
        {
            var free = Math.Max(previous, area.Actions.Count) + 1;
            while (used.Contains($"{area.Number}.{free}")) free++;
            Decide(row, $"action number '{numberCell}' is already used in area {area.Number}; numbered {area.Number}.{free}");
            n = free;
        }
        else if (n != previous + 1)
            Note(row, $"action number '{numberCell}' does not follow {area.Number}.{previous}; kept as {area.Number}.{n}");
        _lastNumber[area.Number] = Math.Max(previous, n);
        var id = $"{area.Number}.{n}";
        return new ImportedAction(id, text, Leads(row, id, leadCell), Due(row, id, dueCell), Status(row, id, statusCell));
    }

    private string? Status(TableRow row, string id, string cell)
    {
        if (cell.Length == 0 || _columns.IndexOf(PlanColumn.Status) is null) return null;
        var status = RagStatus.Read(cell);
        if (status is null)
            Decide(row, $"action {id}: the status '{cell}' is not a RAG colour or a status ({RagStatus.Known}); left as not-started");
        return status is null ? null : ActionStatuses.Name(status.Value);
    }

    private List<string> Leads(TableRow row, string id, string cell)
    {
        if (LeadPlaceholders.NamesNobody(cell))
        {
            Decide(row, $"action {id} has no named lead ('{cell}')");
            return [];
        }
        var found = leads.Split(cell);
        foreach (var unknown in found.Where(l => !l.Known))
            Decide(row, $"action {id}: the lead '{unknown.Value}' is not in leads.yml; kept as written");
        return found.Select(l => l.Value).ToList();
    }

    private string? Due(TableRow row, string id, string cell)
    {
        if (cell.Length == 0)
        {
            Decide(row, $"action {id} has no 'by when'");
            return null;
        }
        var due = DueParser.Parse(cell);
        if (due.Note is { Length: > 0 } note) Note(row, $"action {id}: due '{cell}' read as {due.Value ?? "?"}; the note '({note})' was dropped");
        if (due.Value is null) Decide(row, $"action {id}: 'by when' '{cell}' is not a month, a date or ongoing, weekly, monthly or quarterly; kept as written");
        return due.Value ?? cell;
    }

    private const string UntitledTitle = "Untitled area";

    private ImportedArea UntitledArea(TableRow row)
    {
        Decide(row, $"rows came before any area heading; they are in area 1, '{UntitledTitle}', which needs a title");
        _area = new ImportedArea(1, UntitledTitle);
        _plan.Areas.Add(_area);
        return _area;
    }

    /// <summary>The number after the last dot of "1.10", "3.4" or "7"; null when the cell holds no number.</summary>
    private static int? NumberOf(string cell) =>
        ActionNumber().Match(cell.Trim()) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    /// <summary>A cell's items: one per HTML paragraph ("&lt;p&gt;A&lt;/p&gt; &lt;p&gt;B&lt;/p&gt;"), or the cell as one item.</summary>
    private static List<string> Items(string cell) => Paragraph().Split(cell).Where(i => i.Length > 0).ToList();

    private static void AddDistinct(List<string> list, IEnumerable<string> items)
    {
        foreach (var item in items)
            if (!list.Contains(item, StringComparer.OrdinalIgnoreCase)) list.Add(item);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    private void Note(TableRow row, string message) => _plan.Notes.Add(new ImportNote(row.Line, message, false));

    private void Decide(TableRow row, string message) => _plan.Notes.Add(new ImportNote(row.Line, message, true));

    private RowKind Noted(TableRow row, string message, RowKind kind)
    {
        Note(row, message);
        return kind;
    }

    private RowKind Decided(TableRow row, string message, RowKind kind)
    {
        Decide(row, message);
        return kind;
    }

    [GeneratedRegex(@"\bPage\s+\d+\b", RegexOptions.IgnoreCase)]
    private static partial Regex PageMarker();

    // "(Area 1) Strategy meetings", "What needs to improve? (Area 2) ...", "Priority 3: Neglect",
    // "Recommendation 2 - Supervision", "Theme 4. Leadership": the ways English councils head a plan's areas.
    [GeneratedRegex(@"^(?:What needs to improve\?\s*)?\(?\s*(?:Area|Priority|Theme|Recommendation|Improvement area|Workstream|Objective)\s+(?<number>\d+)\s*\)?\s*[:.\-–—]?\s*(?<title>.*?)\s*(?<continued>\(continued\))?\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex AreaHeading();

    [GeneratedRegex(@"^(?:\d+\.)*(\d+)\.?$")]
    private static partial Regex ActionNumber();

    [GeneratedRegex(@"\s*</?p\s*>\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Paragraph();
}
