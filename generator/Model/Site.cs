namespace Guidance.Model;

/// <summary>
/// The whole content set as loaded: settings, pages, the leads registry and the glossary, with the
/// lookups every later stage needs (by id, by source path, by URL).
/// </summary>
public sealed class Site
{
    public Site(string contentRoot, SiteSettings settings, IReadOnlyList<Page> pages,
        IReadOnlyList<Lead> leads, IReadOnlyList<GlossaryEntry> glossary, IReadOnlyList<string> staticFiles)
    {
        ContentRoot = contentRoot;
        Settings = settings;
        Pages = pages.OrderBy(p => p.RelativePath, StringComparer.Ordinal).ToList();
        Leads = leads;
        Glossary = glossary;
        StaticFiles = staticFiles;
        PagesById = GroupFirst(Pages, p => p.Id.Value);
        PagesByPath = GroupFirst(Pages, p => p.RelativePath);
        PagesByUrl = GroupFirst(Pages, p => p.UrlPath);
        var duplicates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in Pages)
            if (PagesById[page.Id.Value] != page) duplicates.Add(page.Id.Value);
        DuplicateIds = duplicates;
        LeadsById = leads.GroupBy(l => l.Id.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>
    /// The same site with only <paramref name="pages"/> (some of its own) to go through, every lookup
    /// (by id, path, URL) still over all of its pages: what validation of a commit that changed only
    /// those pages checks (see <c>History/VersionHistory</c>).
    /// </summary>
    public Site Restricted(IReadOnlyList<Page> pages) => new(this, pages);

    private Site(Site full, IReadOnlyList<Page> pages)
    {
        ContentRoot = full.ContentRoot;
        Settings = full.Settings;
        Pages = pages.OrderBy(p => p.RelativePath, StringComparer.Ordinal).ToList();
        Leads = full.Leads;
        Glossary = full.Glossary;
        StaticFiles = full.StaticFiles;
        PagesById = full.PagesById;
        PagesByPath = full.PagesByPath;
        PagesByUrl = full.PagesByUrl;
        DuplicateIds = full.DuplicateIds;
        LeadsById = full.LeadsById;
        DisplayRoot = full.DisplayRoot;
        Unloaded = full.Unloaded;
    }

    public string ContentRoot { get; }

    /// <summary>The folder of files published as they are, at the site's root.</summary>
    public const string StaticFolder = "static";

    /// <summary>The same site with its pages replaced (outlined by the Markdown stage, say), everything else kept.</summary>
    public Site WithPages(IReadOnlyList<Page> pages) =>
        new(ContentRoot, Settings, pages, Leads, Glossary, StaticFiles) { DisplayRoot = DisplayRoot, Unloaded = Unloaded };

    /// <summary>The content folder as the user typed it, which diagnostics' paths start with.</summary>
    public string DisplayRoot { get; init; } = "";

    /// <summary>A content file's path as diagnostics show it: <c>content/static/form.pdf</c>.</summary>
    public string DisplayPath(string relative) => Path.Join(DisplayRoot, relative).Replace('\\', '/');

    /// <summary>A static file's path in the content folder, from its path in the site.</summary>
    public static string StaticSource(string file) => StaticFolder + "/" + file;
    public SiteSettings Settings { get; }
    public IReadOnlyList<Page> Pages { get; }
    public IReadOnlyList<Lead> Leads { get; }
    public IReadOnlyList<GlossaryEntry> Glossary { get; }

    /// <summary>Files under <c>static/</c>, relative to it, with forward slashes.</summary>
    public IReadOnlyList<string> StaticFiles { get; }

    public IReadOnlyDictionary<string, Page> PagesById { get; }
    public IReadOnlyDictionary<string, Page> PagesByPath { get; }

    /// <summary>Pages by site-relative URL path (<c>standards/supervision/</c>), for links written as site URLs.</summary>
    public IReadOnlyDictionary<string, Page> PagesByUrl { get; }
    public IReadOnlyDictionary<string, Lead> LeadsById { get; }

    /// <summary>Ids used by more than one page: references to them are ambiguous until that is fixed.</summary>
    public IReadOnlySet<string> DuplicateIds { get; }

    public Page? FindPage(string id) => PagesById.GetValueOrDefault(id);

    /// <summary>Pages (and a leads.yml) that failed to load: what names them is reported as following from their error.</summary>
    public IReadOnlyList<UnloadedPage> Unloaded { get; init; } = [];

    /// <summary>The file that failed to load and would have had this id (when no loaded page has it), or null.</summary>
    public UnloadedPage? UnloadedWithId(string id) =>
        FindPage(id) is null ? Unloaded.FirstOrDefault(u => u.Ids.Contains(id, StringComparer.Ordinal)) : null;

    /// <summary>The file at this content-relative path, if it failed to load.</summary>
    public UnloadedPage? UnloadedAt(string relativePath) =>
        Unloaded.FirstOrDefault(u => u.RelativePath == relativePath);

    public Lead? FindLead(string id) => LeadsById.GetValueOrDefault(id);

    /// <summary>The page a page ref names, or null; <paramref name="anchorFound"/> tells whether its anchor exists.</summary>
    public Page? Resolve(PageRef reference, out bool anchorFound)
    {
        var page = FindPage(reference.PageId);
        anchorFound = page is not null && (reference.Anchor is null || page.HasAnchor(reference.Anchor));
        return page;
    }

    public string Url(Page page, string? anchor = null) => Settings.BaseUrl + page.UrlPath + (anchor is null ? "" : "#" + anchor);

    public string Url(string sitePath) => Settings.BaseUrl + sitePath.TrimStart('/');

    /// <summary>
    /// A path's full address (<c>https://host/base/path</c>) when site.yml gives <c>site_url</c>, else
    /// the same as <see cref="Url(string)"/>: the sitemap, the feed and canonical links need the full one.
    /// </summary>
    public string AbsoluteUrl(string sitePath) => Settings.Origin + Url(sitePath);

    /// <summary>
    /// A page's <c>rel=canonical</c> address: the full address with <c>site_url</c>, else none, since a
    /// canonical link must be a full address (a bare path is flagged by search engines and Lighthouse).
    /// </summary>
    public string? CanonicalUrl(string sitePath) => Settings.SiteUrl is null ? null : AbsoluteUrl(sitePath);

    public string AbsoluteUrl(Page page, string? anchor = null) => Settings.Origin + Url(page, anchor);

    // Duplicates are reported by validation; lookups keep the first so later stages still work.
    // A plain loop: a site is built once a build, but once a commit when the history is read.
    private static Dictionary<string, Page> GroupFirst(IReadOnlyList<Page> pages, Func<Page, string> key)
    {
        var first = new Dictionary<string, Page>(pages.Count, StringComparer.Ordinal);
        foreach (var page in pages) first.TryAdd(key(page), page);
        return first;
    }
}
