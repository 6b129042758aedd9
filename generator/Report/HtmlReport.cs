using System.Net;
using System.Text;
using Guidance.Model;

namespace Guidance.Report;

/// <summary>
/// The board report as one standalone HTML file to print or save as PDF: A4 pages, its styles in the
/// file, no script and nothing fetched from anywhere. Every value from the content is HTML-encoded.
/// </summary>
public static class HtmlReport
{
    private const string Styles = """
        @page { size: A4; margin: 15mm 12mm; }
        * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { font: 10pt/1.4 Arial, Helvetica, sans-serif; color: #0b0c0c; margin: 0 auto; max-width: 186mm; }
        h1 { font-size: 18pt; margin: 0 0 4pt; }
        h2 { font-size: 13pt; margin: 14pt 0 4pt; break-after: avoid; }
        table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; }
        caption { text-align: left; font-weight: bold; padding-bottom: 2pt; }
        th, td { border: 0.5pt solid #808080; padding: 2pt 4pt; text-align: left; vertical-align: top; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        th { background: #f3f2f1; }
        td.n, th.n { text-align: right; }
        col.id { width: 8%; } col.leads { width: 21%; } col.due { width: 11%; } col.status { width: 15%; }
        .overdue { font-weight: bold; }
        """;

    public static byte[] Write(PlanReport report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<title>").Append(E(report.Title)).Append(": board report</title>\n")
            .Append("<style>\n").Append(Styles).Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(E(report.Title)).Append(": board report</h1>\n");
        html.Append("<p>Position at ").Append(E(Dates.Display(report.Today))).Append(", from ").Append(E(report.SourcePath))
            .Append(". Actions past their due date and not complete are reported as overdue, with the status the plan gives them beside it.</p>\n");
        html.Append("<h2 id=\"summary\">Summary</h2>\n<p>").Append(E(report.Total.Sentence())).Append("</p>\n");
        Figures(html, report);
        foreach (var area in report.Areas) Area(html, area);
        html.Append("</body>\n</html>\n");
        return new UTF8Encoding(false).GetBytes(html.ToString());
    }

    private static void Figures(StringBuilder html, PlanReport report)
    {
        html.Append("<table>\n<caption>Actions by area and status</caption>\n<thead><tr><th scope=\"col\">Area</th><th scope=\"col\" class=\"n\">Actions</th>");
        foreach (var s in ReportStatuses.All) html.Append("<th scope=\"col\" class=\"n\">").Append(E(s.Label)).Append("</th>");
        html.Append("<th scope=\"col\" class=\"n\">Due in ").Append(ActionStatuses.DueSoonDays).Append(" days</th></tr></thead>\n<tbody>\n");
        foreach (var area in report.Areas) FigureRow(html, area.Number.Length == 0 ? area.Title : $"{area.Number}. {area.Title}", area.Figures);
        html.Append("</tbody>\n<tfoot>\n");
        FigureRow(html, "All areas", report.Total);
        html.Append("</tfoot>\n</table>\n");
    }

    private static void FigureRow(StringBuilder html, string label, StatusFigures figures)
    {
        html.Append("<tr><th scope=\"row\">").Append(E(label)).Append("</th><td class=\"n\">").Append(figures.Actions).Append("</td>");
        foreach (var n in figures.ByStatus) html.Append("<td class=\"n\">").Append(n).Append("</td>");
        html.Append("<td class=\"n\">").Append(figures.DueSoon).Append("</td></tr>\n");
    }

    private static void Area(StringBuilder html, ReportArea area)
    {
        html.Append("<h2 id=\"area-").Append(E(Slug.ForAnchor(area.Number.Length == 0 ? area.Title : area.Number))).Append("\">")
            .Append(E(area.Heading)).Append("</h2>\n<p>").Append(E(area.Figures.Sentence()));
        if (area.Figures.Count(ReportStatus.Overdue) > 0) html.Append(" Overdue actions are listed first.");
        html.Append("</p>\n");
        if (area.Actions.Count == 0) return;
        html.Append("<table>\n<colgroup><col class=\"id\"><col><col class=\"leads\"><col class=\"due\"><col class=\"status\"></colgroup>\n")
            .Append("<thead><tr><th scope=\"col\">Id</th><th scope=\"col\">Action</th><th scope=\"col\">Leads</th><th scope=\"col\">Due</th><th scope=\"col\">Status (RAG)</th></tr></thead>\n<tbody>\n");
        foreach (var action in area.BoardOrder)
        {
            var status = ReportStatuses.Of(action.Shown);
            html.Append("<tr><td>").Append(E(action.Id)).Append("</td><td>").Append(E(action.Text)).Append("</td><td>")
                .Append(E(string.Join("; ", action.Leads))).Append("</td><td>").Append(E(action.DueLabel)).Append("</td>")
                .Append("<td style=\"background:#").Append(status.Fill).Append('"').Append(action.Overdue ? " class=\"overdue\"" : "").Append('>')
                .Append(E(action.StatusText)).Append(" (").Append(status.Rag).Append(")</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
