using Guidance.Markdown;
using Guidance.Model;
using Guidance.Render.Redirects;

namespace Guidance.Render;

/// <summary>
/// The render stage: every content page through its type's layout (in parallel), then the pages the
/// generator makes itself: home, section indexes, leads, glossary, A to Z, 404 and alias redirects.
/// </summary>
public sealed class SiteRenderer : IDisposable
{
    private readonly Site _site;
    private readonly TemplateSet _templates;
    private readonly ViewBuilder _views;
    private readonly CrossReferences _xrefs;
    private readonly BodyRenderer _bodies;
    private readonly IOutputSink _output;
    private readonly DateOnly _today;
    private readonly bool _staffEdition;
    private readonly SiteHistory? _history;

    /// <param name="output">
    /// Where each file goes as soon as it is rendered (the output being written, or memory), so that ten
    /// thousand pages' HTML is never held at once.
    /// </param>
    /// <param name="parsed">Given each page's parsed body as it is rendered (see <see cref="BodyRenderer"/>).</param>
    /// <param name="staffEdition">
    /// The edition is for staff (its profile includes internal pages), so it gets the authors' Reviews
    /// due page; an edition for partners never does.
    /// </param>
    public SiteRenderer(Site site, TemplateSet templates, DateOnly today, IOutputSink output, Action<Page, Markdig.Syntax.MarkdownDocument>? parsed = null,
        bool staffEdition = false, SiteHistory? history = null)
    {
        _history = history;
        _today = today;
        _staffEdition = staffEdition;
        _output = output;
        _site = site;
        _templates = templates;
        _xrefs = new CrossReferences(site);
        _views = new ViewBuilder(site, _xrefs, today, staffEdition);
        _bodies = new BodyRenderer(site, LinkResolver.For(site), parsed);
    }

    /// <summary>Renders every file of the site, each handed to the output as it is made; returns what the output keeps of them.</summary>
    public IReadOnlyList<OutputFile> Render()
    {
        var files = new List<OutputFile>(InParallel(_site.Pages.Where(p => !p.IsHome).ToList(), RenderPage));
        files.Add(Emit(Home()));
        files.AddRange(Sections().Select(Emit));
        files.AddRange(Leads().Select(Emit));
        files.AddRange(InParallel(PlanFilterPages().ToList(), f => f()));
        files.Add(Emit(Glossary()));
        files.Add(Emit(AtoZ()));
        files.Add(Emit(NotFound()));
        files.AddRange(InParallel(AliasPages().ToList(), r => Redirect(r.Path, r.Page.Title, r.Page.UrlPath)));
        var redirects = RedirectMap.Of(_site);
        files.Add(Emit(redirects.ToFile()));
        files.AddRange(ServerRedirects.Files(redirects, _site.Settings.BaseUrl).Select(Emit));
        files.AddRange(WhatsNew().Select(Emit));
        if (_staffEdition) files.Add(Emit(ReviewsDue()));
        files.AddRange(_templates.Assets.Select(a => Emit(OutputFile.FromText(SitePaths.Assets + _templates.AssetPaths[a.Key], a.Value))));
        files.AddRange(_site.StaticFiles.Select(f => Emit(OutputFile.Copy(f, Path.Combine(_site.ContentRoot, Site.StaticFolder, f)))));
        return files;
    }

    /// <summary>
    /// Renders one file per item on every core, in the items' order, each handed to the writer as soon
    /// as it is made. A broken layout surfaces as itself, not wrapped by the parallel loop.
    /// </summary>
    private OutputFile[] InParallel<T>(IReadOnlyList<T> items, Func<T, OutputFile> render)
    {
        var rendered = new OutputFile[items.Count];
        try
        {
            Parallel.For(0, items.Count, i => rendered[i] = Emit(render(items[i])));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.FirstOrDefault() is LayoutException layout)
        {
            throw layout;
        }
        return rendered;
    }

    private OutputFile Emit(OutputFile file) => _output.Add(file);

    /// <summary>One content page (not the home page) through its type's layout, against this renderer's site.</summary>
    public OutputFile RenderPage(Page page)
    {
        var view = _views.Page(page, _bodies.Render(page));
        var info = PageTypes.Of(page.Type);
        var inner = _templates.Render(info.Name + ".html", new { site = _views.SiteView(page.Type), page = view, publishing = PublishingViews.For(_site, page, _history) });
        var crumbs = new List<Breadcrumb> { new("Home", _site.Url(SitePaths.Home)) };
        if (info.Folder.Length > 0) crumbs.Add(new Breadcrumb(info.Plural, view.SectionUrl));
        return Page(page.UrlPath, view.Title, view.Summary, inner, crumbs, "page-" + info.Name, page.Type);
    }

    /// <summary>
    /// A redirect page at <paramref name="urlPath"/> to <paramref name="targetPath"/> (a site path), as an
    /// alias has: it works on any server, without its configuration (<see cref="RedirectMap"/>).
    /// </summary>
    public OutputFile Redirect(string urlPath, string title, string targetPath) => new(OutputFile.ForUrlPath(urlPath),
        _templates.RenderUtf8("redirect.html", new { site = _views.SiteView(), title, target = _site.Url(targetPath) }));

    /// <summary>
    /// One published version of a page, at <c>&lt;page url&gt;v/&lt;date&gt;/</c>: the page as the commit left
    /// it (this renderer's site is that commit's), through today's layouts, with a banner naming the
    /// current version. Left out of search and the sitemap, and marked <c>noindex</c>.
    /// </summary>
    public OutputFile RenderVersion(Page page, PageVersion version, Site edition, Page currentPage)
    {
        var view = _views.Page(page, _bodies.Render(page));
        var info = PageTypes.Of(page.Type);
        var publishing = PublishingViews.ForVersion(_site, page, version, edition, currentPage);
        var inner = _templates.Render(info.Name + ".html", new { site = _views.SiteView(page.Type), page = view, publishing });
        var crumbs = new List<Breadcrumb> { new("Home", edition.Url(SitePaths.Home)) };
        if (info.Folder.Length > 0) crumbs.Add(new Breadcrumb(info.Plural, edition.Url(SitePaths.Section(currentPage.Type))));
        crumbs.Add(new Breadcrumb(currentPage.Title, edition.Url(currentPage)));
        var layout = new LayoutModel(_views.SiteView(page.Type), $"{view.Title} (version of {Dates.Display(version.Date)})", view.Summary,
            edition.CanonicalUrl(version.UrlPath), crumbs, inner, "page-version page-" + info.Name)
        { Robots = "noindex" };
        return new OutputFile(OutputFile.ForUrlPath(version.UrlPath), _templates.RenderUtf8("base.html", layout));
    }

    private OutputFile Home()
    {
        var home = _site.Pages.FirstOrDefault(p => p.IsHome);
        var intro = home is null ? null : _bodies.Render(home, sectionLinks: false);
        var recent = _site.Pages
            .Where(p => p.Type != PageType.Page && p.Meta.ReviewedDate is not null)
            .OrderByDescending(p => p.Meta.ReviewedDate).ThenBy(p => p.Title, StringComparer.Ordinal)
            .Take(8).Select(_views.ListItem).ToList();
        var inner = _templates.Render("home.html", new
        {
            site = _views.SiteView(),
            intro_html = intro,
            title = home?.Title ?? _site.Settings.Title?.Value ?? "Guidance",
            recent,
        });
        return Page(SitePaths.Home, _site.Settings.Title?.Value ?? "Guidance", home?.Meta.Summary?.Value, inner, [], "page-home", null);
    }

    private IEnumerable<OutputFile> Sections()
    {
        foreach (var section in _views.Sections())
        {
            var type = PageTypes.FromName(section.Type)!.Value;
            var pages = _site.Pages.Where(p => p.Type == type).OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase).Select(_views.ListItem).ToList();
            var inner = _templates.Render("section.html", new { site = _views.SiteView(type), section, pages });
            yield return Page(SitePaths.Section(type), section.Title, section.Description, inner, [Crumb("Home", SitePaths.Home)], "page-section", type);
        }
    }

    private IEnumerable<OutputFile> Leads()
    {
        var leads = _site.Leads.DistinctBy(l => l.Id.Value).OrderBy(l => l.DisplayTitle, StringComparer.OrdinalIgnoreCase).Select(LeadView).ToList();
        var index = _templates.Render("leads.html", new { site = _views.SiteView(), leads });
        yield return Page(SitePaths.Leads, "Leads and owners", "Who leads each improvement action and owns each page.", index, [Crumb("Home", SitePaths.Home)], "page-leads", null);
        foreach (var lead in leads)
        {
            var inner = _templates.Render("lead.html", new { site = _views.SiteView(), lead });
            yield return Page(SitePaths.Lead(lead.Id), lead.Title, lead.Service, inner,
                [Crumb("Home", SitePaths.Home), Crumb("Leads and owners", SitePaths.Leads)], "page-lead", null);
        }
    }

    /// <summary>
    /// Each plan's filtered pages (<c>status/overdue/</c>, <c>lead/psw/</c>, <c>area/3/</c>,
    /// <c>changed/</c>): the filters without JavaScript. Generated views, not pages, so they are not
    /// in the published-URL manifest.
    /// </summary>
    private IEnumerable<Func<OutputFile>> PlanFilterPages()
    {
        var plans = new PlanViewBuilder(_site, _views, _today);
        foreach (var page in _site.Pages.Where(p => p.Plan is not null))
        {
            var crumbs = new List<Breadcrumb> { Crumb("Home", SitePaths.Home), Crumb(PageTypes.Of(page.Type).Plural, SitePaths.Section(page.Type)), new(page.Title, _site.Url(page)) };
            foreach (var (path, filter, view) in plans.FilterPages(page, page.Plan!))
                yield return () =>
                {
                    var filters = plans.Build(page, page.Plan!, filter.Key).Filters;
                    var inner = _templates.Render("plan-filter.html", new { site = _views.SiteView(page.Type), view, filters });
                    return Page(path, $"{view.Heading} – {page.Title}", view.Description, inner, crumbs, "page-plan-filter", page.Type);
                };
        }
    }

    private LeadView LeadView(Lead lead)
    {
        var id = lead.Id.Value;
        return new LeadView(id, lead.DisplayTitle, lead.Name, lead.Service, lead.Email, _site.Url(SitePaths.Lead(id)),
            _xrefs.ActionsLedBy(id).Select(_views.LeadAction).ToList(),
            _xrefs.PagesOwnedBy(id).OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase).Select(_views.ListItem).ToList(),
            _xrefs.PanelsChairedBy(id).OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase).Select(_views.ListItem).ToList());
    }

    private OutputFile Glossary()
    {
        var terms = _site.Glossary.DistinctBy(e => e.Term.Value)
            .OrderBy(e => e.Term.Value, StringComparer.OrdinalIgnoreCase).ThenBy(e => e.Term.Value, StringComparer.Ordinal)
            .Select(e => new GlossaryView(e.Term.Value, e.Anchor, e.Expansion, e.Definition,
                e.See is { } see ? _views.PageLink(PageRef.Parse(see.Value)) : null))
            .ToList();
        // By first letter (digits and signs under "#"), for the letter index: 127 terms are a long scroll on a phone.
        var letters = terms.GroupBy(t => char.IsLetter(t.Term[0]) ? char.ToUpperInvariant(t.Term[0]).ToString() : "#")
            .Select(g => new GlossaryLetter(g.Key, "glossary-letter-" + (g.Key == "#" ? "other" : g.Key.ToLowerInvariant()), g.ToList()))
            .ToList();
        var inner = _templates.Render("glossary.html", new { site = _views.SiteView(), terms, letters });
        return Page(SitePaths.Glossary, "Glossary", "Acronyms and terms used in our guidance.", inner, [Crumb("Home", SitePaths.Home)], "page-glossary", null);
    }

    private OutputFile AtoZ()
    {
        var groups = _site.Pages.Where(p => !p.IsHome)
            .OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Id.Value, StringComparer.Ordinal)
            .GroupBy(p => char.IsLetter(p.Title[0]) ? char.ToUpperInvariant(p.Title[0]).ToString() : "#")
            .Select(g => new LetterGroup(g.Key, "letter-" + (g.Key == "#" ? "other" : g.Key.ToLowerInvariant()), g.Select(_views.ListItem).ToList()))
            .ToList();
        var inner = _templates.Render("a-z.html", new { site = _views.SiteView(), groups });
        return Page(SitePaths.AtoZ, "A to Z of guidance", "Every page on this site, in alphabetical order.", inner, [Crumb("Home", SitePaths.Home)], "page-a-z", null);
    }

    /// <summary>
    /// The search page. Rendered after the index, because it names the index's manifest, whose file
    /// name is the hash of its content.
    /// </summary>
    public OutputFile SearchPage(string manifestPath)
    {
        var inner = _templates.Render("search.html", new { site = _views.SiteView(), index_path = manifestPath });
        return Page(SitePaths.Search, "Search", "Search all our guidance.", inner, [Crumb("Home", SitePaths.Home)], "page-search", null);
    }

    private OutputFile NotFound()
    {
        var inner = _templates.Render("404.html", new { site = _views.SiteView() });
        return Page(SitePaths.NotFound, "Page not found", null, inner, [Crumb("Home", SitePaths.Home)], "page-404", null);
    }

    /// <summary>
    /// An alias keeps an old URL working: a small page that sends the browser on to the new one, on any
    /// server. A permanent link, /id/&lt;page-id&gt;/, is in the redirect map only: one file a page was a
    /// third of a large site's files (<see cref="RedirectMap"/>).
    /// </summary>
    private IEnumerable<(string Path, Page Page)> AliasPages() =>
        _site.Pages.SelectMany(page => page.AliasPaths.Select(alias => (alias.Path, page)));

    /// <summary>What's new and its Atom feed: the latest changes across the site, newest first.</summary>
    private IEnumerable<OutputFile> WhatsNew()
    {
        var changes = PublishingViews.Recent(_site, _history);
        var inner = _templates.Render("whats-new.html", new { site = _views.SiteView(), changes, feed_url = _site.Url(SitePaths.Feed) });
        yield return Page(SitePaths.WhatsNew, "What's new", "The latest changes to our guidance, newest first.", inner, [Crumb("Home", SitePaths.Home)], "page-whats-new", null);
        yield return AtomFeed.Build(_site, changes);
    }

    /// <summary>
    /// The authors' Reviews due page: each owner's pages whose review is overdue or falls due within
    /// <see cref="ReviewStates.DueSoonDays"/> days of the build date.
    /// </summary>
    private OutputFile ReviewsDue()
    {
        var rows = ReviewSchedule.For(_site, _today);
        var owners = rows.Where(r => r.State is ReviewState.Overdue or ReviewState.DueSoon)
            .GroupBy(r => r.OwnerId)
            .Select(g => new ReviewOwnerView(
                g.First().Owner?.DisplayTitle ?? (g.Key.Length == 0 ? "No owner" : g.Key),
                g.First().Owner is { } lead ? _site.Url(SitePaths.Lead(lead.Id.Value)) : null,
                g.First().Owner?.Email,
                g.Select(r => new ReviewItemView(r.Page.Title, _site.Url(r.Page),
                    r.Reviewed is { } reviewed ? Dates.Display(reviewed) : null,
                    r.Due is { } due ? Dates.Display(due) : null, r.Due is { } iso ? Dates.Iso(iso) : null,
                    r.State == ReviewState.Overdue ? "overdue" : "due-soon", r.StateName, r.DaysOverdue)).ToList()))
            .ToList();
        var inner = _templates.Render("reviews.html", new
        {
            site = _views.SiteView(),
            owners,
            overdue = rows.Count(r => r.State == ReviewState.Overdue),
            due_soon = rows.Count(r => r.State == ReviewState.DueSoon),
            current = rows.Count(r => r.State == ReviewState.Current),
            due_soon_days = ReviewStates.DueSoonDays,
        });
        return Page(SitePaths.ReviewsDue, "Reviews due", "Guidance whose review is overdue or due soon, by owner, for authors.", inner, [Crumb("Home", SitePaths.Home)], "page-reviews", null);
    }

    private Breadcrumb Crumb(string title, string path) => new(title, _site.Url(path));

    private OutputFile Page(string urlPath, string title, string? description, string inner, IReadOnlyList<Breadcrumb> crumbs, string bodyClass, PageType? section)
    {
        var layout = new LayoutModel(_views.SiteView(section), title, description,
            _site.CanonicalUrl(urlPath), crumbs, inner, bodyClass);
        return new OutputFile(OutputFile.ForUrlPath(urlPath), _templates.RenderUtf8("base.html", layout));
    }

    /// <summary>Lets go of the body renderer's per-thread state.</summary>
    public void Dispose() => _bodies.Dispose();
}
