namespace Guidance.Authoring;

/// <summary>What a column of a plan table holds.</summary>
public enum PlanColumn { Number, Action, Lead, Due, Outcomes, Measures }

/// <summary>
/// Which cell of a row holds what. Columns are found by the header row's names where there is one;
/// a table without a header is read in the seed plan's order: number, action, lead, by when,
/// outcomes, measures.
/// </summary>
public sealed class PlanColumns
{
    private readonly Dictionary<PlanColumn, int> _index;

    private PlanColumns(Dictionary<PlanColumn, int> index) => _index = index;

    public static PlanColumns Default { get; } = new(new()
    {
        [PlanColumn.Number] = 0, [PlanColumn.Action] = 1, [PlanColumn.Lead] = 2,
        [PlanColumn.Due] = 3, [PlanColumn.Outcomes] = 4, [PlanColumn.Measures] = 5,
    });

    public string Cell(IReadOnlyList<string> cells, PlanColumn column) =>
        _index.TryGetValue(column, out var i) && i < cells.Count ? cells[i].Trim() : "";

    public int? IndexOf(PlanColumn column) => _index.TryGetValue(column, out var i) ? i : null;

    /// <summary>
    /// The columns a header row names, or null when the row is not a header (it must name an action
    /// column and a lead or date column). When no column is named for the number, the number sits in
    /// its own unnamed cell before the action, as in plans copied from Word where "Action" heads two
    /// cells; the named columns then follow it in order, whatever empty cells the header has.
    /// </summary>
    public static PlanColumns? FromHeader(IReadOnlyList<string> cells)
    {
        var filled = cells.Where(c => c.Trim().Length > 0).ToList();
        var named = cells.Select((text, i) => (Column: Classify(text), Index: i)).Where(c => c.Column is not null).ToList();
        var columns = named.Select(c => c.Column!.Value).ToList();
        if (!columns.Contains(PlanColumn.Action) || !(columns.Contains(PlanColumn.Lead) || columns.Contains(PlanColumn.Due))) return null;
        // A data row can mention "action" and "lead" too; a header's cells are short and nearly all names.
        if (filled.Any(c => c.Length > 60) || named.Count * 4 < filled.Count * 3) return null;

        var index = new Dictionary<PlanColumn, int>();
        if (columns.Contains(PlanColumn.Number))
        {
            foreach (var (column, i) in named) index.TryAdd(column!.Value, i);
        }
        else
        {
            index[PlanColumn.Number] = 0;
            foreach (var column in columns) index.TryAdd(column, index.Count);
        }
        return new PlanColumns(index);
    }

    private static PlanColumn? Classify(string header)
    {
        var h = header.Trim().ToLowerInvariant();
        if (h.Length == 0) return null;
        if (h is "no" or "no." or "#" or "id" or "ref" or "ref." or "reference" or "number" or "item"
            || h.StartsWith("action no", StringComparison.Ordinal) || h.StartsWith("action ref", StringComparison.Ordinal)
            || h.StartsWith("action number", StringComparison.Ordinal) || h.StartsWith("action id", StringComparison.Ordinal))
            return PlanColumn.Number;
        if (h.Contains("outcome") || h.Contains("difference")) return PlanColumn.Outcomes;
        if (h.Contains("measure") || h.Contains("success") || h.Contains("evidence")) return PlanColumn.Measures;
        if (h.Contains("lead") || h.Contains("owner") || h.Contains("responsible") || h.Contains("accountable")) return PlanColumn.Lead;
        if (h.Contains("when") || h.Contains("due") || h.Contains("date") || h.Contains("deadline") || h.Contains("timescale")) return PlanColumn.Due;
        if (h.StartsWith("action", StringComparison.Ordinal) || h.Contains("what we will do") || h is "task" or "activity") return PlanColumn.Action;
        return null;
    }
}
