using System.Net;
using System.Text;

namespace Guidance.Serve;

/// <summary>
/// What the preview server adds to HTML it serves, and never to built output: a script that reloads
/// the page when the site is rebuilt, and, after a failed rebuild, a panel listing the errors.
/// </summary>
public static class PreviewMarkup
{
    public const string EventsPath = "/__guidance/events";
    public const string ProblemsId = "guidance-problems";

    /// <summary>The reload script; the version lets the server tell a page at once that it missed a rebuild.</summary>
    public static string ReloadScript(int version) =>
        $"<script>(function(){{var s=new EventSource('{EventsPath}?v={version}');" +
        "s.addEventListener('reload',function(){s.close();location.reload();});})();</script>";

    /// <summary>
    /// The errors of a failed rebuild as a panel at the top of the page. It is an alert so screen
    /// readers announce it, holds no controls so it adds no tab stop, and is styled inline because the
    /// site's stylesheet knows nothing of it.
    /// </summary>
    public static string ProblemsPanel(IReadOnlyList<string> problems, bool servingLastGood)
    {
        var html = new StringBuilder();
        html.Append($"<div id=\"{ProblemsId}\" role=\"alert\" aria-labelledby=\"{ProblemsId}-title\" style=\"")
            .Append("position:relative;z-index:1000;margin:0;padding:1rem 1.25rem;background:#fff;color:#0b0c0c;")
            .Append("border:5px solid #a4151c;font:1rem/1.5 system-ui,sans-serif;max-height:60vh;overflow:auto\">")
            .Append($"<h2 id=\"{ProblemsId}-title\" style=\"margin:0 0 .5rem;font-size:1.3rem;color:#a4151c\">")
            .Append(problems.Count == 1 ? "1 problem stops the site building" : $"{problems.Count} problems stop the site building")
            .Append("</h2><p style=\"margin:0 0 .5rem\">")
            .Append(servingLastGood
                ? "You are looking at the last version that built. Fix these and save: the page reloads by itself."
                : "Nothing has built yet. Fix these and save: the page reloads by itself.")
            .Append("</p><ul style=\"margin:0;padding-left:1.25rem\">");
        foreach (var problem in problems)
            html.Append("<li style=\"margin:.25rem 0;font-family:ui-monospace,Consolas,monospace;font-size:.9rem;overflow-wrap:anywhere\">")
                .Append(WebUtility.HtmlEncode(problem)).Append("</li>");
        return html.Append("</ul></div>").ToString();
    }

    /// <summary>The whole page served while no build has succeeded yet.</summary>
    public static string ProblemsPage(SiteState state) =>
        "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">" +
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>The site does not build – Guidance preview</title></head>" +
        "<body style=\"margin:1rem\"><main>" + ProblemsPanel(state.Problems, servingLastGood: false) + "</main>" +
        ReloadScript(state.Version) + "</body></html>";

    /// <summary>A served page with the panel (if any) after the opening body tag and the script before the closing one.</summary>
    public static string Inject(string html, SiteState state)
    {
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        if (end >= 0) html = html.Insert(end, ReloadScript(state.Version));
        else html += ReloadScript(state.Version);
        if (state.Problems.Count == 0) return html;
        var body = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var open = body < 0 ? -1 : html.IndexOf('>', body);
        return open < 0 ? ProblemsPanel(state.Problems, true) + html : html.Insert(open + 1, ProblemsPanel(state.Problems, true));
    }
}
