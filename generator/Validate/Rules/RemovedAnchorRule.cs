using Guidance.Diagnostics;
using Guidance.Edition;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>
/// GV033: a heading anchor a page published at its last good build is no longer on the page (the
/// heading was reworded or removed), so a link to that section would land at the top of the page.
/// </summary>
public sealed class RemovedAnchorRule : IRule
{
    public DiagnosticCode Code => Codes.RemovedAnchor;

    public bool ChecksEdition => true;

    public void Check(ValidationContext context)
    {
        if (context.Publishing is not { Previous: { } previous } publishing) return;
        var current = publishing.Current.ByUrl;
        var missing =
            from old in previous.ByUrl.Values
            where current.ContainsKey(old.Url)
            let now = current[old.Url]
            from anchor in old.Anchors.Except(now.Anchors, StringComparer.Ordinal)
            group (Url: old.Url, Anchor: anchor) by (now.Id, anchor) into g
            orderby g.Key.Id, g.Key.anchor
            select (g.Key.Id, g.First().Url, g.Key.anchor);
        foreach (var (id, url, anchor) in missing)
        {
            var page = context.Site.FindPage(id);
            var at = page?.Meta.Start ?? context.Site.Settings.Location;
            var message = $"heading anchor '#{anchor}' of '{url}' is no longer on page '{id}', so links to that section saved in records would land at the top of the page";
            if (publishing.AcceptRemovals)
                context.Report(this, Severity.Warning, at, message, "Recorded as removed on purpose (--accept-removals)");
            else
                context.Report(this, at, message,
                    $"Keep it by writing the new heading as '## New wording {{#{anchor}}}', or build with --accept-removals if the section is gone on purpose");
        }
    }
}
