using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>
/// GV044: an alias, a page or lead id, or a static file's name would not make a safe file of the
/// site: it climbs out of its folder (<c>..</c>), hides a separator (a backslash, <c>%2F</c>), holds a
/// NUL or is a Windows device name (<c>con</c>, <c>nul</c>). Reported here, at its place in the content;
/// the writer refuses such a path again whatever gets past this rule.
/// </summary>
public sealed class UnsafePathRule : IRule
{
    public DiagnosticCode Code => Codes.UnsafePath;

    public void Check(ValidationContext context)
    {
        var site = context.Site;
        foreach (var page in site.Pages)
        {
            Check(context, page.UrlPath, page.Id.Location, $"page id '{page.Id.Value}'", "Choose another id for the page");
            foreach (var (path, alias) in page.AliasPaths)
                Check(context, path, alias.Location, $"alias '{alias.Value}'",
                    "Write the old address as it appears in the browser, from the site's root, such as /practice/supervision-policy/");
        }
        foreach (var lead in site.Leads)
            Check(context, SitePaths.Lead(lead.Id.Value), lead.Id.Location, $"lead id '{lead.Id.Value}'", "Choose another id for the lead");
        foreach (var file in site.StaticFiles)
            Check(context, file, new SourceLocation(site.DisplayPath(Site.StaticSource(file)), 1, 1), $"static file '{file}'", "Rename the file");
    }

    private void Check(ValidationContext context, string path, SourceLocation at, string what, string hint)
    {
        if (SafePath.Problem(path) is { } problem) context.Report(this, at, $"{what} cannot be published: {problem}", hint);
    }
}
