using Guidance.Diagnostics;
using Guidance.Markdown;
using Guidance.Model;
using Guidance.Render;

namespace Guidance.Validate.Rules;

/// <summary>
/// GV025: raw HTML in a page body holds something the sanitiser would strip (a script, an event
/// handler, a javascript: URL, an iframe). Refused, so the author knows rather than finding it silently gone.
/// </summary>
public sealed class RawHtmlRule : IRule
{
    public DiagnosticCode Code => Codes.RawHtml;

    public void Check(ValidationContext context)
    {
        using var safety = new HtmlSafety(context.Site.Settings.AllowedHosts);
        foreach (var page in context.Site.Pages)
        {
            foreach (var html in page.RawHtml)
            {
                var removed = safety.Removals(html.Value);
                if (removed.Count == 0) continue;
                context.Report(this, html.Location, $"raw HTML contains {string.Join(", ", removed.Distinct())}, which is not allowed",
                    "Write the content in Markdown instead; scripts, event handlers, frames, forms and images from other hosts cannot be published");
            }
        }
    }
}
