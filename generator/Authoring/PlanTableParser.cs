using System.Globalization;
using System.Text.RegularExpressions;

namespace Guidance.Authoring;

/// <summary>
/// Turns the rows of a plan table into areas and actions, repairing what copying a plan out of a
/// document does to it: page markers, restarted or missing numbers, rows shifted by an empty cell,
/// outcomes and measures sitting beside whichever rows came first. Every row that is not blank ends
/// up as an action, an area's outcome or measure, or a note saying why it was not.
/// </summary>
public sealed partial class PlanTableParser(LeadSplitter leads)
{
    private readonly ImportedPlan _plan = new();
    private PlanColumns _columns = PlanColumns.Default;
    private ImportedArea? _area;
    private ImportedAction? _last;
    // The number after the dot of the last action in each area: "1.7" continues at 8 after a "(continued)" heading.
    private readonly Dictionary<int, int> _lastNumber = new();

    public static ImportedPlan Parse(IEnumerable<TableRow> rows, LeadSplitter leads)
    {
        var parser = new PlanTableParser(leads);
        foreach (var row in rows) parser.Add(row);
        return parser._plan;
    }

    private void Add(TableRow row)
    {
        // Cells copied from documents carry line breaks and runs of spaces inside them.
        var cells = row.Cells.Select(c => string.Join(' ', c.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();
        var filled = cells.Where(c => c.Length > 0).ToList();
        if (filled.Count == 0) return;

        if (filled.Count == 1 && PageMarker().Replace(filled[0], "").Trim().Length == 0)
        {
            Note(row, $"skipped the page marker '{filled[0]}'");
            return;
        }
        if (filled.Count == 1 && AreaHeading().Match(filled[0]) is { Success: true } heading)
        {
            StartArea(row, heading);
            return;
        }
        if (PlanColumns.FromHeader(cells) is { } header)
        {
            _columns = header;
            return;
        }
        Shift(row, cells);
        AddRow(row, cells);
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

    private void AddRow(TableRow row, List<string> cells)
    {
        var numberCell = _columns.Cell(cells, PlanColumn.Number);
        var text = _columns.Cell(cells, PlanColumn.Action);
        var leadCell = _columns.Cell(cells, PlanColumn.Lead);
        var dueCell = _columns.Cell(cells, PlanColumn.Due);
        var outcomes = Items(_columns.Cell(cells, PlanColumn.Outcomes));
        var measures = Items(_columns.Cell(cells, PlanColumn.Measures));
        var unread = cells.Where((c, i) => c.Length > 0 && !IsMapped(i)).ToList();

        var area = _area ?? UntitledArea(row);
        AddDistinct(area.Outcomes, outcomes);
        AddDistinct(area.Measures, measures);
        foreach (var cell in unread) Decide(row, $"a cell under no known column was not imported: '{Shorten(cell)}'");

        var number = PageMarker().Replace(numberCell, "").Trim();
        if (number != numberCell) Note(row, $"removed the page marker from the number cell '{numberCell}'");
        // A line of text alone in the first cell is a cell's text that ran onto a line of its own.
        if (text.Length == 0 && leadCell.Length == 0 && dueCell.Length == 0 && number.Length > 0 && NumberOf(number) is null)
            (text, number) = (number, "");

        if (text.Length == 0)
        {
            if (number.Length > 0 || leadCell.Length > 0 || dueCell.Length > 0)
                Decide(row, $"a row with no action text was not imported as an action (number '{number}', lead '{leadCell}', by when '{dueCell}')");
            else if (outcomes.Count + measures.Count > 0)
                Note(row, $"outcomes and measures added to area {area.Number}");
            return;
        }
        if (number.Length == 0 && leadCell.Length == 0 && dueCell.Length == 0)
        {
            if (_last is null)
            {
                Note(row, $"text before the first action was not imported: '{Shorten(text)}'");
                return;
            }
            _last.Text = _last.Text + " " + text;
            Note(row, $"a line with only action text was joined to action {_last.Id} as its continuation");
            return;
        }
        _last = NewAction(row, area, number, text, leadCell, dueCell);
        area.Actions.Add(_last);
    }

    private ImportedAction NewAction(TableRow row, ImportedArea area, string numberCell, string text, string leadCell, string dueCell)
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
        return new ImportedAction(id, text, Leads(row, id, leadCell), Due(row, id, dueCell));
    }

    private List<string> Leads(TableRow row, string id, string cell)
    {
        if (LeadSplitter.IsPlaceholder(cell))
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

    private ImportedArea UntitledArea(TableRow row)
    {
        Decide(row, "rows came before any area heading; they are in area 1, 'Untitled area', which needs a title");
        _area = new ImportedArea(1, "Untitled area");
        _plan.Areas.Add(_area);
        return _area;
    }

    private bool IsMapped(int index) => Enum.GetValues<PlanColumn>().Any(c => _columns.IndexOf(c) == index);

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

    [GeneratedRegex(@"\bPage\s+\d+\b", RegexOptions.IgnoreCase)]
    private static partial Regex PageMarker();

    [GeneratedRegex(@"^(?:What needs to improve\?\s*)?\(?\s*(?:Area|Priority|Theme)\s+(?<number>\d+)\s*\)?\s*[:.\-–—]?\s*(?<title>.*?)\s*(?<continued>\(continued\))?\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex AreaHeading();

    [GeneratedRegex(@"^(?:\d+\.)*(\d+)\.?$")]
    private static partial Regex ActionNumber();

    [GeneratedRegex(@"\s*</?p\s*>\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Paragraph();
}
