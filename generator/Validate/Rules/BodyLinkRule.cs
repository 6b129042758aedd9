using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>GV021: a relative link in a page body points at no page or file.</summary>
public sealed class BodyLinkRule : IRule
{
    public DiagnosticCode Code => Codes.BodyLink;

    public void Check(ValidationContext context)
    {
        foreach (var (page, link, _) in BodyLinks.Resolved(context, LinkKind.Missing))
        {
            if (UnloadedTarget(context.Site, page, link.Url) is { } unloaded)
            {
                context.ReportFollowOn(this, unloaded, link.Location, $"link '{link.Url}' points at a page that failed to load");
                continue;
            }
            context.Report(this, link.Location, $"link '{link.Url}' does not resolve to a page or file",
                "Link to another page by its relative path to the .md file, e.g. ../standards/supervision.md, or to a file under static/");
        }
    }

    /// <summary>The file a relative link names, when that file is there but failed to load.</summary>
    private static UnloadedPage? UnloadedTarget(Site site, Page from, string url)
    {
        var path = Uri.UnescapeDataString(url.Trim().Split('#', '?')[0]);
        return path.Length > 0 && !path.StartsWith('/') && LinkResolver.Combine(from.RelativePath, path) is { } target
            ? site.UnloadedAt(target)
            : null;
    }
}

/// <summary>The site's body links, resolved once for all rules, filtered to one kind of result.</summary>
internal static class BodyLinks
{
    public static IEnumerable<(Page Page, BodyLink Link, ResolvedLink Resolved)> Resolved(ValidationContext context, LinkKind kind) =>
        context.BodyLinks.Where(l => l.Resolved.Kind == kind);
}
