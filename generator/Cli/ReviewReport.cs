using Guidance.Build;
using Guidance.Diagnostics;
using Guidance.Load;
using Guidance.Model;
using Guidance.Render;

namespace Guidance.Cli;

/// <summary>
/// <c>guidance check --report reviews</c>: every page by owner with its reviewed and due dates, as text
/// to read or as CSV (one row a page) for the practice development team to mail owners from.
/// </summary>
internal static class ReviewReport
{
    public static readonly string[] CsvColumns =
        ["owner", "owner_title", "owner_name", "owner_email", "page", "title", "file", "url", "reviewed", "review_due", "status", "days_overdue"];

    public static void Write(string contentDir, DateOnly today, bool csv, TextWriter stdout)
    {
        // The report covers the whole content, every edition's pages: owners review pages, not editions.
        var site = SiteBuild.ReadContent(contentDir, new DiagnosticBag());
        var rows = ReviewSchedule.For(site, today);
        if (csv) WriteCsv(site, rows, stdout);
        else WriteText(rows, today, stdout);
    }

    private static void WriteCsv(Site site, IReadOnlyList<ReviewRow> rows, TextWriter stdout)
    {
        stdout.Write(string.Join(',', CsvColumns) + "\r\n");
        foreach (var r in rows)
        {
            string?[] cells =
            [
                r.OwnerId, r.Owner?.DisplayTitle, r.Owner?.Name, r.Owner?.Email, r.Page.Id.Value, r.Page.Title, r.Page.DisplayPath,
                site.Settings.Origin + site.Url(r.Page), Iso(r.Reviewed), Iso(r.Due), r.StateName, r.DaysOverdue.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ];
            // RFC 4180 line ends, so spreadsheet programs and mail merges read it as they expect.
            stdout.Write(string.Join(',', cells.Select(Cell)) + "\r\n");
        }
    }

    private static void WriteText(IReadOnlyList<ReviewRow> rows, DateOnly today, TextWriter stdout)
    {
        var counts = Enum.GetValues<ReviewState>().Select(s => $"{rows.Count(r => r.State == s)} {ReviewStates.Name(s)}");
        stdout.WriteLine($"Reviews on {Dates.Iso(today)} ({rows.Count} pages): {string.Join(", ", counts)}.");
        foreach (var owner in rows.GroupBy(r => r.OwnerId))
        {
            var first = owner.First();
            stdout.WriteLine();
            stdout.WriteLine(first.OwnerId.Length == 0 ? "No owner"
                : $"{first.Owner?.DisplayTitle ?? first.OwnerId} ({first.OwnerId}){(first.Owner?.Email is { } email ? " <" + email + ">" : "")}");
            foreach (var r in owner)
            {
                var late = r.State == ReviewState.Overdue ? $" by {r.DaysOverdue} days" : "";
                stdout.WriteLine($"  {r.StateName + late,-24} due {Iso(r.Due),-10}  reviewed {Iso(r.Reviewed),-10}  {r.Page.Title} ({r.Page.DisplayPath})");
            }
        }
    }

    private static string Iso(DateOnly? date) => date is { } d ? Dates.Iso(d) : "";

    private static string Cell(string? value)
    {
        var text = value ?? "";
        return text.IndexOfAny([',', '"', '\r', '\n']) < 0 ? text : "\"" + text.Replace("\"", "\"\"") + "\"";
    }
}
