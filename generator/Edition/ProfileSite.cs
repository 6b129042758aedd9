using Guidance.Markdown;
using Guidance.Markdown.Extensions;
using Guidance.Model;

namespace Guidance.Edition;

/// <summary>
/// Cuts the whole site down to one profile's edition before anything is rendered, so nothing of an
/// excluded page can reach navigation, indexes, backlinks, lead pages, the sitemap, the glossary or
/// search: every later stage sees only this smaller site.
/// </summary>
public static class ProfileSite
{
    public static Site Select(Site site, ProfileScope scope)
    {
        var profile = scope.Profile;
        var pages = site.Pages.Where(scope.Includes).Select(p => p == scope.Home ? p.AsHome() : p).ToList();
        var settings = site.Settings with
        {
            Title = profile.Title ?? site.Settings.Title,
            Organisation = profile.Organisation ?? site.Settings.Organisation,
            BasePath = profile.BasePath ?? site.Settings.BasePath,
            SiteUrl = profile.SiteUrl ?? site.Settings.SiteUrl,
        };
        var referenced = LeadsNamedBy(pages);
        var leads = site.Leads.Where(l => referenced.Contains(l.Id.Value)).ToList();
        var glossary = profile.IsRestricted ? GlossaryUsedBy(pages, site.Glossary) : site.Glossary;
        var staticFiles = profile.IsRestricted ? StaticFilesLinkedBy(pages, site.StaticFiles) : site.StaticFiles;
        return new Site(site.ContentRoot, settings, pages, leads, glossary, staticFiles) { DisplayRoot = site.DisplayRoot, Unloaded = site.Unloaded };
    }

    /// <summary>
    /// A partner edition publishes only the files under static/ that its own pages link to, so a form
    /// written for staff stays on the intranet.
    /// </summary>
    private static List<string> StaticFilesLinkedBy(IEnumerable<Page> pages, IReadOnlyList<string> staticFiles)
    {
        var linked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var link in page.Links)
            {
                var path = Uri.UnescapeDataString(link.Url.Trim().Split('#', '?')[0]);
                if (path.StartsWith('/')) linked.Add(path.TrimStart('/'));
                else if (LinkResolver.Combine(page.RelativePath, path) is { } target && target.StartsWith("static/", StringComparison.Ordinal))
                    linked.Add(target["static/".Length..]);
            }
        }
        return staticFiles.Where(linked.Contains).ToList();
    }

    /// <summary>A partner edition's glossary holds only the terms its own pages use, not the council's whole vocabulary.</summary>
    private static List<GlossaryEntry> GlossaryUsedBy(IReadOnlyList<Page> pages, IReadOnlyList<GlossaryEntry> glossary)
    {
        var text = string.Join("\n", pages.SelectMany(p => new[] { p.BodyText, p.Title, p.Meta.Summary?.Value ?? "" }));
        var used = GlossaryMarker.For(glossary).TermsIn(text);
        return glossary.Where(e => used.Contains(e.Term.Value)).ToList();
    }

    /// <summary>A lead appears in an edition only if one of its pages names them, so a lead's page lists nothing it leaves out.</summary>
    private static HashSet<string> LeadsNamedBy(IEnumerable<Page> pages)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            if (page.Meta.Owner is { } owner) ids.Add(owner.Value);
            if (page.Panel is { } panel)
            {
                if (panel.Chair is { } chair) ids.Add(chair.Value);
                ids.UnionWith(panel.Members.Select(m => m.Value));
            }
            if (page.Plan is { } plan) ids.UnionWith(plan.Actions.SelectMany(a => a.Leads).Select(l => l.Value));
        }
        return ids;
    }
}
