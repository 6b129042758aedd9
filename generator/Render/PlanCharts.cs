using System.Globalization;
using System.Net;
using System.Text;
using Guidance.Model;

namespace Guidance.Render;

/// <summary>
/// The plan's two charts as inline SVG: stacked bars of status by area, and columns of status at each
/// update date. No script; each SVG is role="img" with a title and a description that say the same as
/// the picture, and the page shows the figures as a table too. Colours keep 3:1 against white, and
/// every count is also written as text.
/// </summary>
public static class PlanCharts
{
    // The shown statuses, in the order of the bars, with fills that keep white text readable (4.5:1).
    private static readonly (string Name, string Label, string Fill)[] Series =
    [
        (PlanFilters.OverdueName, "Overdue", "#7a0e12"),
        ("off-track", "Off track", "#c2311a"),
        ("at-risk", "At risk", "#8f4700"),
        ("not-started", "Not started", "#5f666a"),
        ("on-track", "On track", "#1d5f9e"),
        ("complete", "Complete", "#00703c"),
    ];

    private const int Width = 360, LabelWidth = 64, BarHeight = 22, Gap = 10, Top = 4;

    public static ChartView StatusByArea(Plan plan, DateOnly today)
    {
        var rows = plan.Areas.Select(area =>
        {
            var shown = area.Actions.Select(a => PlanFilters.Shown(a, today).Name).ToList();
            var values = Series.Select(s => shown.Count(n => n == s.Name)).ToList();
            return new ChartRowView($"Area {area.Number?.Value}", values, shown.Count);
        }).ToList();
        const string title = "Status of actions by area";
        return new ChartView(title, Bars(title, rows), Series.Select(s => s.Label).ToList(), rows);
    }

    /// <summary>At each update date, the status the board was last told for each action; null when the plan has no updates.</summary>
    public static ChartView? OverTime(Plan plan)
    {
        var actions = plan.Actions.ToList();
        var days = actions.SelectMany(a => a.History).Select(u => u.Day!.Value).Distinct().Order().ToList();
        if (days.Count == 0) return null;
        var rows = days.Select(day =>
        {
            var told = actions.Select(a => a.StatusOn(day)).ToList();
            var values = Series.Skip(1).Select(s => told.Count(t => t is { } st && ActionStatuses.Name(st) == s.Name)).ToList();
            values.Add(told.Count(t => t is null));
            return new ChartRowView(Dates.Display(day), values, actions.Count);
        }).ToList();
        const string title = "Status at each update";
        var columns = Series.Skip(1).Select(s => s.Label).Append("No update yet").ToList();
        return new ChartView(title, Bars(title, rows, Series.Skip(1).Select(s => s.Fill).Append("#b1b4b6").ToArray(), columns), columns, rows);
    }

    private static string Bars(string title, List<ChartRowView> rows, string[]? fills = null, List<string>? labels = null)
    {
        fills ??= Series.Select(s => s.Fill).ToArray();
        labels ??= Series.Select(s => s.Label).ToList();
        var legendRows = (labels.Count + 2) / 3;
        var height = Top + rows.Count * (BarHeight + Gap) + legendRows * 20 + 8;
        var max = Math.Max(1, rows.Select(r => r.Total).DefaultIfEmpty(0).Max());
        var scale = (double)(Width - LabelWidth - 4) / max;
        var id = "chart-" + Slug.ForAnchor(title);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"""<svg class="plan-chart" viewBox="0 0 {Width} {height}" role="img" aria-labelledby="{id}-title {id}-desc" xmlns="http://www.w3.org/2000/svg">""");
        sb.Append(CultureInfo.InvariantCulture, $"""<title id="{id}-title">{Esc(title)}</title><desc id="{id}-desc">{Esc(Describe(rows, labels))}</desc>""");
        for (var r = 0; r < rows.Count; r++)
        {
            var y = Top + r * (BarHeight + Gap);
            sb.Append(CultureInfo.InvariantCulture, $"""<text x="0" y="{y + 15}" class="chart-label">{Esc(Short(rows[r].Label))}</text>""");
            double x = LabelWidth;
            for (var s = 0; s < rows[r].Values.Count; s++)
            {
                var n = rows[r].Values[s];
                if (n == 0) continue;
                var w = n * scale;
                sb.Append(CultureInfo.InvariantCulture, $"""<rect x="{x:0.#}" y="{y}" width="{Math.Max(1, w - 1):0.#}" height="{BarHeight}" fill="{fills[s]}"/>""");
                if (w >= 14) sb.Append(CultureInfo.InvariantCulture, $"""<text x="{x + w / 2 - 0.5:0.#}" y="{y + 15}" class="chart-count" text-anchor="middle" fill="#ffffff">{n}</text>""");
                x += w;
            }
        }
        var legendTop = Top + rows.Count * (BarHeight + Gap) + 4;
        for (var s = 0; s < labels.Count; s++)
        {
            var (lx, ly) = (s % 3 * 120, legendTop + s / 3 * 20);
            sb.Append(CultureInfo.InvariantCulture, $"""<rect x="{lx}" y="{ly}" width="12" height="12" fill="{fills[s]}"/><text x="{lx + 16}" y="{ly + 11}" class="chart-legend">{Esc(labels[s])}</text>""");
        }
        return sb.Append("</svg>").ToString();
    }

    /// <summary>The text alternative: every bar's counts in words.</summary>
    private static string Describe(List<ChartRowView> rows, List<string> labels) =>
        rows.Count == 0 ? "No actions yet." :
        string.Join(" ", rows.Select(r => $"{r.Label}: " + string.Join(", ", r.Values.Select((v, i) => (v, i)).Where(x => x.v > 0).Select(x => $"{x.v} {labels[x.i].ToLowerInvariant()}")) + "."));

    // "17 April 2024" is long for the label column: "17 Apr 2024".
    private static string Short(string label) =>
        DateOnly.TryParseExact(label, "d MMMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d.ToString("d MMM yy", CultureInfo.InvariantCulture) : label;

    private static string Esc(string text) => WebUtility.HtmlEncode(text);
}
