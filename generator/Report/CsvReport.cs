using CsvHelper;
using Guidance.Model;

namespace Guidance.Report;

/// <summary>
/// The plan for Excel: a header row, then one row per action in the plan's order (sort it there),
/// RFC 4180 quoting and line ends, UTF-8 with a byte order mark so Excel reads accented names and
/// curly quotes right. A cell that starts like a formula is escaped so Excel shows it as text.
/// </summary>
public static class CsvReport
{
    public static readonly string[] Columns =
        ["area", "area_title", "id", "action", "leads", "due", "due_label", "status", "written_status", "rag", "overdue", "due_in_30_days"];

    public static byte[] Write(PlanReport report)
    {
        using var stream = new MemoryStream();
        var options = CsvWriterOptions.Default with { WriteByteOrderMark = true, Injection = CsvInjection.Escape };
        using (var writer = CsvWriter.Create(stream, options, leaveOpen: true))
        {
            writer.WriteRecord(Columns);
            foreach (var area in report.Areas)
                foreach (var action in area.Actions)
                {
                    var shown = ReportStatuses.Of(action.Shown);
                    writer.WriteRecord(
                    [
                        area.Number, area.Title, action.Id, action.Text, string.Join("; ", action.Leads), action.Due ?? "", action.DueLabel,
                        shown.Name, ActionStatuses.Name(action.Written), shown.Rag, action.Overdue ? "yes" : "no", action.DueSoon ? "yes" : "no",
                    ]);
                }
        }
        return stream.ToArray();
    }
}
