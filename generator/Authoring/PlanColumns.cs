using System.Text.RegularExpressions;

namespace Guidance.Authoring;

/// <summary>
/// What a column of a plan table holds. <see cref="Outcomes"/> and <see cref="Measures"/> belong to
/// the action on the same row; <see cref="AreaOutcomes"/> and <see cref="AreaMeasures"/> to the whole
/// area, as in plans whose outcome boxes sit beside a whole table. <see cref="Ignore"/> is a column
/// the person importing chose to leave out.
/// </summary>
public enum PlanColumn { Number, Action, Lead, Due, Status, Outcomes, Measures, AreaOutcomes, AreaMeasures, Ignore }

/// <summary>
/// Which cell of a row holds what. Columns are found by the header row's names where there is one
/// (and by the names given with <c>--columns</c> first); a table without a header is read in the
/// seed plan's order: number, action, lead, by when, the area's outcomes, the area's measures.
/// </summary>
public sealed partial class PlanColumns
{
    private readonly Dictionary<PlanColumn, int> _index;
    private readonly HashSet<int> _ignored;

    private PlanColumns(Dictionary<PlanColumn, int> index, IReadOnlyList<(int Index, string Name)> unknown, IEnumerable<int> ignored)
    {
        _index = index;
        Unknown = unknown;
        _ignored = [.. ignored];
    }

    /// <summary>The header's columns whose names say nothing the importer knows (or repeat a column): their cells are not imported.</summary>
    public IReadOnlyList<(int Index, string Name)> Unknown { get; }

    public static PlanColumns Default { get; } = new(new()
    {
        [PlanColumn.Number] = 0, [PlanColumn.Action] = 1, [PlanColumn.Lead] = 2,
        [PlanColumn.Due] = 3, [PlanColumn.AreaOutcomes] = 4, [PlanColumn.AreaMeasures] = 5,
    }, [], []);

    public string Cell(IReadOnlyList<string> cells, PlanColumn column) =>
        _index.TryGetValue(column, out var i) && i < cells.Count ? cells[i].Trim() : "";

    public int? IndexOf(PlanColumn column) => _index.TryGetValue(column, out var i) ? i : null;

    /// <summary>
    /// Whether a cell's column is one the importer reads, was told to ignore, or already reported as
    /// unknown at the header, so no cell's text is lost without a word.
    /// </summary>
    public bool Accounts(int index) => _index.ContainsValue(index) || _ignored.Contains(index) || Unknown.Any(u => u.Index == index);

    /// <summary>
    /// The columns a header row names, or null when the row is not a header (it must name an action
    /// column and a lead or date column). When no column is named for the number, the number sits in
    /// its own unnamed cell before the action, as in plans copied from Word where "Action" heads two
    /// cells; the named columns then follow it in order, whatever empty cells the header has.
    /// </summary>
    public static PlanColumns? FromHeader(IReadOnlyList<string> cells, ColumnNames? given = null)
    {
        var filled = cells.Where(c => c.Trim().Length > 0).ToList();
        var named = cells.Select((text, i) => (Column: given?.Find(text) ?? Classify(text), Index: i, Text: text.Trim())).ToList();
        var columns = named.Where(c => c.Column is not null).Select(c => c.Column!.Value).ToList();
        if (!columns.Contains(PlanColumn.Action) || !(columns.Contains(PlanColumn.Lead) || columns.Contains(PlanColumn.Due))) return null;
        // A data row can mention "action" and "lead" too; a header's cells are short and mostly names.
        if (filled.Any(c => c.Length > 80) || columns.Count * 2 < filled.Count) return null;

        // Where the cells sit: as the header has them, or packed after an unnamed number cell.
        var placed = columns.Contains(PlanColumn.Number)
            ? named.Where(c => c.Text.Length > 0).ToList()
            : named.Where(c => c.Text.Length > 0).Select((c, n) => c with { Index = n + 1 }).Prepend((PlanColumn.Number, 0, "")).ToList();

        var index = new Dictionary<PlanColumn, int>();
        var unknown = new List<(int, string)>();
        var ignored = new List<int>();
        foreach (var (column, i, text) in placed)
        {
            if (column == PlanColumn.Ignore) ignored.Add(i);
            else if (column is null || !index.TryAdd(column.Value, i)) unknown.Add((i, text));
        }
        // The Ofsted-response template heads its area-wide boxes "Expected outcomes" and "Measures that
        // matter": where one column is the area's, so is the other.
        if (index.ContainsKey(PlanColumn.AreaOutcomes) || index.ContainsKey(PlanColumn.AreaMeasures))
        {
            Promote(index, PlanColumn.Outcomes, PlanColumn.AreaOutcomes);
            Promote(index, PlanColumn.Measures, PlanColumn.AreaMeasures);
        }
        return new PlanColumns(index, unknown, ignored);
    }

    private static void Promote(Dictionary<PlanColumn, int> index, PlanColumn from, PlanColumn to)
    {
        if (index.Remove(from, out var i)) index.TryAdd(to, i);
    }

    /// <summary>The column a header names, by the words English councils' plans use; null when it names none of them.</summary>
    public static PlanColumn? Classify(string header)
    {
        var h = string.Join(' ', header.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (h.Length == 0) return null;
        if (h is "no" or "no." or "#" or "id" or "ref" or "ref." or "ref no" or "ref no." or "reference" or "number" or "item"
            || h.StartsWith("action no", StringComparison.Ordinal) || h.StartsWith("action ref", StringComparison.Ordinal)
            || h.StartsWith("action number", StringComparison.Ordinal) || h.StartsWith("action id", StringComparison.Ordinal))
            return PlanColumn.Number;
        if (Rag().IsMatch(h) && !h.Contains("update") && !h.Contains("comment")) return PlanColumn.Status;
        // The phrases of the Ofsted-response template, whose outcome and measure boxes cover a whole area's table.
        if (h.Contains("what difference") || h.Contains("that matter"))
            return h.Contains("measure") ? PlanColumn.AreaMeasures : PlanColumn.AreaOutcomes;
        if (h.Contains("outcome") || h.Contains("difference")) return PlanColumn.Outcomes;
        if (h.Contains("measure") || h.Contains("success") || h.Contains("evidence") || h.Contains("kpi") || h.Contains("will know")) return PlanColumn.Measures;
        if (h.Contains("lead") || h.Contains("owner") || h.Contains("responsib") || h.Contains("accountable")) return PlanColumn.Lead;
        if (h.Contains("when") || h.Contains("due") || h.Contains("date") || h.Contains("deadline") || h.Contains("timescale")
            || h.Contains("timeframe") || h is "target" or "completion")
            return PlanColumn.Due;
        if (h.Contains("action") || h.Contains("what we will do") || h.Contains("what will we do") || h is "task" or "tasks" or "activity" or "activities")
            return PlanColumn.Action;
        if (h.Contains("impact")) return PlanColumn.Outcomes;
        return null;
    }

    [GeneratedRegex(@"\brag\b|^(b-?rag|status|current status|overall status|delivery status|progress status|rating)$")]
    private static partial Regex Rag();
}

/// <summary>
/// The header names given with <c>--columns "Action=What we will do,Lead=Owner"</c>, for tables whose
/// headers the importer does not know. A header matches a name when it is the name or starts with it,
/// ignoring case and runs of spaces; these are tried before the importer's own words.
/// </summary>
public sealed class ColumnNames
{
    /// <summary>The names <c>--columns</c> accepts for each column, the first being the one the README uses.</summary>
    public static readonly IReadOnlyList<(string Name, PlanColumn Column)> Kinds =
    [
        ("Number", PlanColumn.Number), ("Ref", PlanColumn.Number), ("Action", PlanColumn.Action), ("Lead", PlanColumn.Lead),
        ("Due", PlanColumn.Due), ("When", PlanColumn.Due), ("Status", PlanColumn.Status), ("RAG", PlanColumn.Status),
        ("Outcomes", PlanColumn.Outcomes), ("Measures", PlanColumn.Measures),
        ("AreaOutcomes", PlanColumn.AreaOutcomes), ("AreaMeasures", PlanColumn.AreaMeasures), ("Ignore", PlanColumn.Ignore),
    ];

    private readonly List<(string Header, PlanColumn Column)> _names;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    private ColumnNames(List<(string, PlanColumn)> names) => _names = names;

    public static ColumnNames Parse(string text)
    {
        var names = new List<(string, PlanColumn)>();
        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=');
            var kind = equals < 0 ? pair : pair[..equals].Trim();
            var header = equals < 0 ? "" : Normal(pair[(equals + 1)..]);
            var known = Kinds.Where(k => string.Equals(k.Name, kind, StringComparison.OrdinalIgnoreCase)).ToList();
            if (known.Count == 0)
                throw new AuthoringException($"--columns '{pair}': '{kind}' is not a column; use {string.Join(", ", Kinds.Select(k => k.Name))}, e.g. --columns \"Action=What we will do,Lead=Owner\"");
            if (header.Length == 0)
                throw new AuthoringException($"--columns '{pair}': give the header as the table writes it, e.g. {known[0].Name}=Owner");
            names.Add((header, known[0].Column));
        }
        return new ColumnNames(names);
    }

    public PlanColumn? Find(string header)
    {
        var h = Normal(header);
        if (h.Length == 0) return null;
        foreach (var (name, column) in _names)
            if (h.StartsWith(name, StringComparison.Ordinal))
            {
                _seen.Add(name);
                return column;
            }
        return null;
    }

    /// <summary>The names given that no header row had, to report: a misspelt name maps nothing.</summary>
    public IEnumerable<string> Unused => _names.Select(n => n.Header).Where(h => !_seen.Contains(h)).Distinct();

    private static string Normal(string text) => string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
