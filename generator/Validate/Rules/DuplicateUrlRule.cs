using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>GV007: two pages, an alias and a page, or a page and a generated page claim one URL.</summary>
public sealed class DuplicateUrlRule : IRule
{
    public DiagnosticCode Code => Codes.DuplicateUrl;

    public void Check(ValidationContext context)
    {
        var site = context.Site;
        var claims = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, owner) in SitePaths.Generated(site.Leads.Select(l => l.Id.Value))) claims.TryAdd(path, owner);

        // Pages whose ids are duplicated are reported by GV006 already; claim each URL once per id.
        // The root index.md is the home page's introduction, so it shares the generated home page's URL.
        foreach (var page in site.Pages.Where(p => !p.IsHome).DistinctBy(p => p.Id.Value))
            Claim(context, claims, page.UrlPath, page.Id.Location, $"page '{page.Id.Value}' ({page.DisplayPath})");

        // A page's permanent link is its own; an old one (of an id since changed) may be kept as an alias.
        foreach (var page in site.Pages.DistinctBy(p => p.Id.Value))
            Claim(context, claims, page.PermanentPath, page.Id.Location, $"the permanent link of page '{page.Id.Value}'");

        foreach (var page in site.Pages)
        {
            foreach (var (path, alias) in page.AliasPaths)
                Claim(context, claims, path, alias.Location, $"an alias of page '{page.Id.Value}'");
        }
    }

    private void Claim(ValidationContext context, Dictionary<string, string> claims, string path, SourceLocation at, string claimant)
    {
        if (claims.TryAdd(path, claimant)) return;
        context.Report(this, at, $"URL '/{path}' of {claimant} is already claimed by {claims[path]}",
            "Change the page id or remove the alias so that each URL belongs to one page");
    }
}
