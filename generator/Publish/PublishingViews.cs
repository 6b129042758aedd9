using Guidance.Model;

namespace Guidance.Publish;

/// <summary>"Cite this guidance": what a manager pastes into a supervision record.</summary>
/// <param name="Url">The page's full address when site.yml gives <c>site_url</c>, else its address on this server.</param>
/// <param name="Version">The date of the version the reader sees: the latest change or review, whichever is later.</param>
public sealed record CiteView(string Title, string Url, string? Version, string PermanentUrl);

/// <summary>One change to a page, for its history, What's new and the feed.</summary>
public sealed record ChangeView(string Date, string IsoDate, string Summary, string PageTitle, string PageUrl);

/// <summary>A document the page was written from, for "Based on".</summary>
public sealed record SourceView(string Title, string? Date, string? Section);

/// <summary>What the publishing features add to a content page's layout: the cite box, the change history, and what the guidance rests on.</summary>
public sealed record PublishingView(CiteView Cite, IReadOnlyList<ChangeView> Changes, IReadOnlyList<SourceView> Sources, IReadOnlyList<string> Legal);

/// <summary>Builds the publishing views of a page and of the site's recent changes. Pure: no I/O.</summary>
public static class PublishingViews
{
    /// <summary>How many changes What's new and the feed list.</summary>
    public const int RecentCount = 50;

    public static PublishingView For(Site site, Page page)
    {
        var origin = site.Settings.Origin;
        var changes = Changes(site, page).ToList();
        var latest = changes.Select(c => DateOnly.ParseExact(c.IsoDate, "yyyy-MM-dd")).Append(page.Meta.ReviewedDate ?? DateOnly.MinValue).Max();
        var version = latest == DateOnly.MinValue ? null : Dates.Long(latest);
        return new PublishingView(new CiteView(page.Title, origin + site.Url(page), version, origin + site.Url(SitePaths.Permanent(page.Id.Value))), changes,
            page.Meta.Sources.Where(s => s.Title is not null).Select(s => new SourceView(s.Title!.Value, s.DisplayDate, s.Section?.Value)).ToList(),
            page.Meta.Legal.Select(l => l.Value).Where(l => l.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList());
    }

    /// <summary>Every page's changes, newest first; ties by page title, so the order never depends on load order.</summary>
    public static IReadOnlyList<ChangeView> Recent(Site site) =>
        site.Pages.SelectMany(p => Changes(site, p))
            .OrderByDescending(c => c.IsoDate, StringComparer.Ordinal)
            .ThenBy(c => c.PageTitle, StringComparer.Ordinal)
            .ThenBy(c => c.Summary, StringComparer.Ordinal)
            .Take(RecentCount)
            .ToList();

    private static IEnumerable<ChangeView> Changes(Site site, Page page) =>
        page.Meta.Changes
            .Where(c => c.Day is not null && c.Summary is not null)
            .OrderByDescending(c => c.Day)
            .Select(c => new ChangeView(Dates.Long(c.Day!.Value), Dates.Iso(c.Day!.Value), c.Summary!.Value, page.Title, site.Url(page)));
}
