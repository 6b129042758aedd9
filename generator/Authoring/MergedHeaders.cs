using System.Text.RegularExpressions;

namespace Guidance.Authoring;

/// <summary>A merged range of a worksheet, zero-based: rows are the sheet's row numbers, columns from 0.</summary>
public sealed partial record MergedRange(int FirstRow, int LastRow, int FirstColumn, int LastColumn)
{
    public static MergedRange? Parse(string? reference)
    {
        if (reference is null || Reference().Match(reference) is not { Success: true } m) return null;
        int Row(string digits) => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        return new MergedRange(Row(m.Groups[2].Value), Row(m.Groups[4].Value),
            PlanTableReader.ColumnIndex(m.Groups[1].Value)!.Value, PlanTableReader.ColumnIndex(m.Groups[3].Value)!.Value);
    }

    [GeneratedRegex(@"^([A-Za-z]+)(\d+):([A-Za-z]+)(\d+)$")]
    private static partial Regex Reference();
}

/// <summary>
/// Reads the merged cells of a worksheet as a person sees them. A merged cell's text is in its first
/// cell only. A cell merged down several rows ("Ref" over a two-row header) is copied into each of
/// them. A header of two rows, where a group name merged across columns ("Who and when") stands over
/// the names of its columns ("Lead officer", "Target date"), becomes one row of combined names ("Who
/// and when Lead officer"), which the columns are then found by. A row merged across, such as a title
/// or an area heading, stays one cell, which is where headings are looked for.
/// </summary>
public static class MergedHeaders
{
    public static List<TableRow> Apply(SortedDictionary<int, List<string>> rows, IReadOnlyList<MergedRange> merges)
    {
        var width = rows.Values.Select(r => r.Count).DefaultIfEmpty(0).Max();
        var cells = rows.ToDictionary(r => r.Key, r => r.Value.Concat(Enumerable.Repeat("", Math.Max(0, width - r.Value.Count))).ToList());
        foreach (var merge in merges.Where(m => m.LastRow > m.FirstRow))
        {
            if (!cells.TryGetValue(merge.FirstRow, out var first) || merge.FirstColumn >= first.Count) continue;
            var text = first[merge.FirstColumn];
            for (var row = merge.FirstRow; row <= merge.LastRow; row++)
                if (cells.TryGetValue(row, out var line))
                    for (var column = merge.FirstColumn; column <= Math.Min(merge.LastColumn, line.Count - 1); column++)
                        line[column] = text;
        }

        var across = merges.Where(m => m.FirstRow == m.LastRow && m.LastColumn > m.FirstColumn).ToList();
        var result = new List<TableRow>();
        var lines = cells.Keys.ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var groups = across.Where(m => m.FirstRow == line).ToList();
            if (i + 1 < lines.Count && lines[i + 1] == line + 1 && IsGroupRow(cells[line], cells[line + 1], groups))
            {
                result.Add(new TableRow(line, Combine(cells[line], cells[line + 1], groups)) { Span = 2 });
                i++;
                continue;
            }
            result.Add(new TableRow(line, cells[line]));
        }
        return result;
    }

    /// <summary>
    /// Two or more names in the row (so not a title or heading, which is one), one of them merged across
    /// columns over different names in the row below.
    /// </summary>
    private static bool IsGroupRow(List<string> row, List<string> below, List<MergedRange> groups) =>
        row.Count(c => c.Trim().Length > 0) >= 2
        && groups.Any(m => m.FirstColumn < row.Count && row[m.FirstColumn].Trim().Length > 0
            && Enumerable.Range(m.FirstColumn, m.LastColumn - m.FirstColumn + 1).Where(c => c < below.Count)
                .Select(c => below[c].Trim()).Where(t => t.Length > 0).Distinct().Count() >= 2);

    private static List<string> Combine(List<string> row, List<string> names, List<MergedRange> groups) =>
        row.Select((cell, i) =>
        {
            var top = (groups.FirstOrDefault(m => m.FirstColumn <= i && i <= m.LastColumn) is { } g ? row[g.FirstColumn] : cell).Trim();
            var under = i < names.Count ? names[i].Trim() : "";
            return top == under || under.Length == 0 ? top : top.Length == 0 ? under : top + " " + under;
        }).ToList();
}
