using Guidance.Model;

namespace Guidance.Publish;

/// <summary>"Cite this guidance": what a manager pastes into a supervision record.</summary>
/// <param name="Url">The page's full address when site.yml gives <c>site_url</c>, else its address on this server.</param>
/// <param name="Version">The date of the version the reader sees: the latest change, else the last review.</param>
public sealed record CiteView(string Title, string Url, string? Version, string PermanentUrl);

/// <summary>What the publishing features add to a content page's layout.</summary>
public sealed record PublishingView(CiteView Cite);

/// <summary>Builds the publishing views of a page. Pure: no I/O.</summary>
public static class PublishingViews
{
    public static PublishingView For(Site site, Page page)
    {
        var origin = site.Settings.Origin;
        var version = page.Meta.ReviewedDate is { } reviewed ? Dates.Long(reviewed) : null;
        return new PublishingView(new CiteView(page.Title, origin + site.Url(page), version, origin + site.Url(SitePaths.Permanent(page.Id.Value))));
    }
}
