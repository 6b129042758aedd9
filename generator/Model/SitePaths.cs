namespace Guidance.Model;

/// <summary>
/// The URL paths of the pages the generator makes itself (relative to the base path). Pages and
/// aliases may not claim them.
/// </summary>
public static class SitePaths
{
    public const string Home = "";
    public const string Glossary = "glossary/";
    public const string Leads = "leads/";
    public const string AtoZ = "a-z/";
    public const string Search = "search/";
    public const string WhatsNew = "whats-new/";
    public const string ReviewsDue = "reviews-due/";
    public const string Feed = "feed.xml";
    public const string NotFound = "404.html";
    public const string Sitemap = "sitemap.xml";
    public const string Assets = "assets/";

    /// <summary>The redirect map and the three servers' configurations of it (see Render/Redirects).</summary>
    public const string RedirectMap = "_redirects";
    public const string IisConfig = "web.config";
    public const string ApacheConfig = ".htaccess";
    public const string NginxConfig = "nginx-redirects.conf";

    public static string Lead(string id) => $"leads/{id}/";

    /// <summary>A page's permanent link, <c>id/supervision/</c>: it redirects to the page wherever the page lives.</summary>
    public static string Permanent(string id) => $"id/{id}/";

    public static string Section(PageType type) => PageTypes.Of(type).Folder + "/";

    /// <summary>The generated paths, with what makes each, for the duplicate-URL rule.</summary>
    public static IEnumerable<(string Path, string Owner)> Generated(IEnumerable<string> leadIds)
    {
        yield return (Home, "the home page");
        yield return (Glossary, "the glossary page");
        yield return (Leads, "the list of leads");
        yield return (AtoZ, "the A to Z index");
        yield return (Search, "the search page");
        yield return (WhatsNew, "the what's new page");
        yield return (ReviewsDue, "the reviews due page");
        foreach (var info in PageTypes.All.Where(i => i.Folder.Length > 0))
            yield return (info.Folder + "/", $"the {info.Plural.ToLowerInvariant()} section index");
        foreach (var id in leadIds) yield return (Lead(id), $"the page of lead '{id}'");
    }

    /// <summary>
    /// Files and folders (ending in '/') the generator alone writes, whatever the content says: no
    /// alias or static file may claim them, or anything inside the folders.
    /// </summary>
    public static IReadOnlyList<(string Path, string Owner)> Reserved { get; } =
    [
        (Assets, "the site's scripts and styles"),
        (Search, "search and its index"),
        (Feed, "the Atom feed"),
        (Sitemap, "the sitemap"),
        (NotFound, "the page-not-found page"),
        (RedirectMap, "the redirect map"),
        (IisConfig, "the IIS configuration of the redirect map"),
        (ApacheConfig, "the Apache configuration of the redirect map"),
        (NginxConfig, "the nginx configuration of the redirect map"),
    ];

    /// <summary>The folders under a plan's page that hold its filtered views (<c>plans/improvement-plan/status/overdue/</c>).</summary>
    public const string PlanStatus = "status/";
    public const string PlanLead = "lead/";
    public const string PlanArea = "area/";
    public const string PlanChanged = "changed/";

    /// <summary>The folders of a plan's filtered views, which nothing else may claim, with what makes them.</summary>
    public static IEnumerable<(string Path, string Owner)> PlanViews(string planUrlPath, string planId) =>
        new[] { PlanStatus, PlanLead, PlanArea, PlanChanged }.Select(folder => (planUrlPath + folder, $"the filter pages of plan '{planId}'"));

    /// <summary>
    /// Turns an alias as written (<c>/practice/supervision-policy/</c>, <c>old.html</c>) into a URL path
    /// comparable with page URL paths: no leading slash, a trailing slash unless it names a file.
    /// </summary>
    public static string NormaliseAlias(string alias)
    {
        var path = alias.Trim().TrimStart('/');
        var hash = path.IndexOfAny(['#', '?']);
        if (hash >= 0) path = path[..hash];
        if (path.Length > 0 && !path.EndsWith('/') && !Path.HasExtension(path)) path += "/";
        return path;
    }
}
