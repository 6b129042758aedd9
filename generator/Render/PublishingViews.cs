using Guidance.Model;

namespace Guidance.Render;

/// <summary>"Cite this guidance": what a manager pastes into a supervision record.</summary>
/// <param name="Url">The page's full address when site.yml gives <c>site_url</c>, else its address on this server.</param>
/// <param name="Version">The date of the version the reader sees: the latest change or review, whichever is later.</param>
/// <param name="VersionUrl">
/// Where this version stays, for the citation: its own address under <c>v/</c> when the page has a
/// published version (the content folder's git history), else the page's address.
/// </param>
public sealed record CiteView(string Title, string Url, string? Version, string PermanentUrl)
{
    public string VersionUrl { get; init; } = Url;
    public string? Organisation { get; init; }

    /// <summary>The citation for the whole page, as the cite box shows it without JavaScript.</summary>
    public string Text => Title + ", whole page" + (Organisation is { Length: > 0 } org ? " — " + org : "")
        + (Version is null ? "" : ", version of " + Version) + ", " + VersionUrl;
}

/// <summary>One published version of a page, for its Changes section.</summary>
public sealed record VersionView(string Date, string IsoDate, string Url, string Note, string? DiffHtml, bool IsCurrent, string Commit);

/// <summary>The banner of a version's own page: which version it is, and where the current one is.</summary>
public sealed record VersionBannerView(string Date, bool IsCurrent, string CurrentUrl, string CurrentTitle, string ChangesUrl);

/// <summary>One change to a page, for its history, What's new and the feed.</summary>
public sealed record ChangeView(string Date, string IsoDate, string Summary, string PageTitle, string PageUrl)
{
    /// <summary>A version's stable name (<c>supervision/v/2024-05-13</c>), for the feed entry's id; null for a <c>changes:</c> entry.</summary>
    public string? VersionKey { get; init; }
}

/// <summary>A document the page was written from, for "Based on".</summary>
public sealed record SourceView(string Title, string? Date, string? Section);

/// <summary>What the publishing features add to a content page's layout: the cite box, the change history, and what the guidance rests on.</summary>
public sealed record PublishingView(CiteView Cite, IReadOnlyList<ChangeView> Changes, IReadOnlyList<SourceView> Sources, IReadOnlyList<string> Legal)
{
    /// <summary>The page's published versions, newest first (empty without git history): its Changes section.</summary>
    public IReadOnlyList<VersionView> Versions { get; init; } = [];

    /// <summary>Set on a version's own page only.</summary>
    public VersionBannerView? Version { get; init; }
}

/// <summary>Builds the publishing views of a page and of the site's recent changes. Pure: no I/O.</summary>
public static class PublishingViews
{
    /// <summary>How many changes What's new and the feed list.</summary>
    public const int RecentCount = 50;

    public static PublishingView For(Site site, Page page, SiteHistory? history = null)
    {
        var origin = site.Settings.Origin;
        var versions = history?.Of(page) ?? [];
        var changes = versions.Count > 0 ? [] : Changes(site, page).ToList();
        var latest = changes.Select(c => DateOnly.ParseExact(c.IsoDate, "yyyy-MM-dd")).Append(page.Meta.ReviewedDate ?? DateOnly.MinValue).Max();
        var version = latest == DateOnly.MinValue ? null : Dates.Display(latest);
        var url = origin + site.Url(page);
        var current = history?.Current(page);
        var cite = new CiteView(page.Title, url, current is null ? version : Dates.Display(current.Date), origin + site.Url(page.PermanentPath))
        {
            VersionUrl = current is null ? url : origin + site.Url(current.UrlPath),
            Organisation = site.Settings.Organisation,
        };
        return new PublishingView(cite, changes, Sources(page), Legal(page))
        {
            Versions = versions.Reverse().Select(v => new VersionView(Dates.Display(v.Date), Dates.Iso(v.Date), site.Url(v.UrlPath), v.Note,
                v.DiffHtml is { Length: > 0 } diff ? diff : null, v.IsCurrent, v.Commit.ShortSha)).ToList(),
        };
    }

    /// <summary>
    /// A version's own page: its citation names the version's address, and its banner the current page.
    /// <paramref name="site"/> and <paramref name="page"/> are the commit's; <paramref name="edition"/> and
    /// <paramref name="currentPage"/> today's.
    /// </summary>
    public static PublishingView ForVersion(Site site, Page page, PageVersion v, Site edition, Page currentPage)
    {
        var origin = edition.Settings.Origin;
        var url = origin + edition.Url(v.UrlPath);
        var cite = new CiteView(page.Title, url, Dates.Display(v.Date), origin + edition.Url(currentPage.PermanentPath))
        {
            Organisation = edition.Settings.Organisation ?? site.Settings.Organisation,
        };
        return new PublishingView(cite, [], Sources(page), Legal(page))
        {
            Version = new VersionBannerView(Dates.Display(v.Date), v.IsCurrent, edition.Url(currentPage), currentPage.Title, edition.Url(currentPage, "history-title")),
        };
    }

    private static List<SourceView> Sources(Page page) =>
        page.Meta.Sources.Where(s => s.Title is not null).Select(s => new SourceView(s.Title!.Value, s.DisplayDate, s.Section?.Value)).ToList();

    private static List<string> Legal(Page page) =>
        page.Meta.Legal.Select(l => l.Value).Where(l => l.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Every page's changes, newest first; ties by page title, so the order never depends on load order.</summary>
    public static IReadOnlyList<ChangeView> Recent(Site site, SiteHistory? history = null) =>
        site.Pages.SelectMany(p => history?.Of(p) is { Count: > 0 } versions
                ? versions.Select(v => new ChangeView(Dates.Display(v.Date), Dates.Iso(v.Date), v.Note, p.Title, site.Url(v.UrlPath)) { VersionKey = p.Id.Value + "/v/" + v.Slug })
                : Changes(site, p))
            .OrderByDescending(c => c.IsoDate, StringComparer.Ordinal)
            .ThenBy(c => c.PageTitle, StringComparer.Ordinal)
            .ThenBy(c => c.Summary, StringComparer.Ordinal)
            .Take(RecentCount)
            .ToList();

    private static IEnumerable<ChangeView> Changes(Site site, Page page) =>
        page.Meta.Changes
            .Where(c => c.Day is not null && c.Summary is not null)
            .OrderByDescending(c => c.Day)
            .Select(c => new ChangeView(Dates.Display(c.Day!.Value), Dates.Iso(c.Day!.Value), c.Summary!.Value, page.Title, site.Url(page)));
}
