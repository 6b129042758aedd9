using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>
/// GV045: an alias or a static file claims an address the generator makes for itself: the scripts and styles (<c>/assets/...</c>), search, the feed, the sitemap, the
/// 404 page, or a page's own file. Without this rule the claimant would silently replace the
/// generated file (a script in <c>static/index.html</c> would become the home page).
/// </summary>
public sealed class ReservedUrlRule : IRule
{
    public DiagnosticCode Code => Codes.ReservedUrl;

    public void Check(ValidationContext context)
    {
        var site = context.Site;
        var reserved = SitePaths.Reserved.Concat(site.Pages.Where(p => p.Plan is not null).SelectMany(p => SitePaths.PlanViews(p.UrlPath, p.Id.Value))).ToList();
        foreach (var page in site.Pages)
        {
            foreach (var (path, alias) in page.AliasPaths)
                if (Reserved(reserved, path) is { } owner)
                    context.Report(this, alias.Location, $"alias '{alias.Value}' of page '{page.Id.Value}' claims an address reserved for {owner}",
                        "Remove the alias: that address is the generator's own and keeps working by itself");
            if (Reserved(reserved, page.UrlPath) is { } folder)
                context.Report(this, page.Start, $"page '{page.Id.Value}' is at {page.UrlPath}, an address reserved for {folder}",
                    "Move the page to another folder or give it another file name");
        }

        // Every file the site makes from its pages and aliases, so a static file cannot stand in for one.
        var made = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, owner) in SitePaths.Generated(site.Leads.Select(l => l.Id.Value))) made.TryAdd(OutputFile.ForUrlPath(path), owner);
        foreach (var page in site.Pages)
        {
            made.TryAdd(OutputFile.ForUrlPath(page.UrlPath), $"page '{page.Id.Value}'");
            made.TryAdd(OutputFile.ForUrlPath(page.PermanentPath), $"the permanent link of page '{page.Id.Value}'");
            foreach (var (path, _) in page.AliasPaths) made.TryAdd(OutputFile.ForUrlPath(path), $"an alias of page '{page.Id.Value}'");
        }
        foreach (var file in site.StaticFiles)
        {
            var owner = Reserved(reserved, file) ?? made.GetValueOrDefault(file);
            if (owner is null) continue;
            context.Report(this, new SourceLocation(site.DisplayPath(Site.StaticSource(file)), 1, 1),
                $"static file '{file}' would replace the file of {owner}",
                "Rename or move the file: static files are published at the site's root, beside the pages the generator makes");
        }
    }

    /// <summary>What makes the file or folder at <paramref name="path"/> when the generator reserves it; null when it is free.</summary>
    private static string? Reserved(IEnumerable<(string Path, string Owner)> all, string path)
    {
        foreach (var (reserved, owner) in all)
            if (reserved.EndsWith('/') ? path.StartsWith(reserved, StringComparison.Ordinal) || path + "/" == reserved : path == reserved)
                return owner;
        return null;
    }
}
