using AngleSharp.Html.Parser;
using Guidance.Tests.Support;

namespace Guidance.Tests.EndToEnd;

/// <summary>Builds the valid fixture site through the real command line and checks what it wrote.</summary>
public class ValidSiteTests : IClassFixture<ValidSiteTests.Built>
{
    /// <summary>One build shared by the tests of this class.</summary>
    public sealed class Built : IDisposable
    {
        public TempSite Site { get; } = TempSite.From();
        public CliRun Run { get; }
        public Built() => Run = Site.Build();
        public void Dispose() => Site.Dispose();
    }

    private readonly TempSite _site;
    private readonly CliRun _run;

    public ValidSiteTests(Built built) => (_site, _run) = (built.Site, built.Run);

    [Fact]
    public void Builds_with_exit_code_zero_and_no_diagnostics()
    {
        Assert.Equal(0, _run.ExitCode);
        // The fixture has no site_url, which a build for publishing names once (GV160), and nothing else.
        Assert.Contains("warning GV160", Assert.Single(_run.Diagnostics));
        // The summary counts the fixture's eight Markdown pages, not the indexes and redirects made from them.
        Assert.Matches(@"^Built 8 pages \(\d+ HTML files\) into ", _run.Stdout);
    }

    [Theory]
    [InlineData("glossary/index.html", "Glossary")]
    [InlineData("a-z/index.html", "A to Z")]
    [InlineData("standards/supervision/index.html", "Practice standards")]
    public void The_navigation_marks_where_the_reader_is(string file, string current)
    {
        var marked = Parse(file).QuerySelectorAll(".site-nav a[aria-current]");
        Assert.Equal(current, Assert.Single(marked).TextContent.Trim());
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("standards/index.html")]
    [InlineData("guides/index.html")]
    [InlineData("panels/index.html")]
    [InlineData("continuum/index.html")]
    [InlineData("plans/index.html")]
    [InlineData("strategies/index.html")]
    [InlineData("standards/supervision/index.html")]
    [InlineData("guides/management-oversight-guide/index.html")]
    [InlineData("panels/tclpm/index.html")]
    [InlineData("continuum/continuum-of-needs/index.html")]
    [InlineData("plans/improvement-plan/index.html")]
    [InlineData("strategies/neglect-strategy/index.html")]
    [InlineData("about/index.html")]
    [InlineData("leads/index.html")]
    [InlineData("leads/psw/index.html")]
    [InlineData("glossary/index.html")]
    [InlineData("a-z/index.html")]
    [InlineData("404.html")]
    [InlineData("sitemap.xml")]
    [InlineData("practice/supervision-policy/index.html")]
    [InlineData("assets/site.css")]
    [InlineData("form.pdf")]
    public void Writes_every_page(string path) => Assert.True(_site.FileExists(path), $"{path} was not written");

    [Fact]
    public void Page_urls_come_from_type_and_id_under_the_base_path()
    {
        // Without site_url no canonical link is written: it must be a full address (AbsoluteUrlTests has it with one).
        Assert.False(_site.FileContains("standards/supervision/index.html", "rel=\"canonical\""));
        Assert.True(_site.FileContains("sitemap.xml", "<loc>/guidance/standards/supervision/</loc><lastmod>2024-02-01</lastmod>"));
    }

    [Fact]
    public void Plan_action_links_to_the_guidance_section_and_its_lead()
    {
        var html = Parse("plans/improvement-plan/index.html");
        var action = html.QuerySelector("#action-1-2")!;
        var hrefs = action.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/guidance/standards/supervision/#frequency", hrefs);
        Assert.Contains("/guidance/leads/head-of-mash/", hrefs);
        Assert.Contains("/guidance/leads/psw/", hrefs);
    }

    [Fact]
    public void Guidance_page_lists_the_actions_that_rely_on_it()
    {
        var backlinks = Parse("standards/supervision/index.html").QuerySelector(".backlinks")!;
        Assert.Contains("Plan actions that rely on this guidance", backlinks.TextContent);
        var hrefs = backlinks.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/guidance/plans/improvement-plan/#action-1-1", "/guidance/plans/improvement-plan/#action-1-2"], hrefs);
    }

    [Fact]
    public void Plan_counts_statuses_and_flags_overdue_actions_against_the_build_date()
    {
        var plan = Parse("plans/improvement-plan/index.html");
        Assert.Contains("3 actions in 2 areas: 1 overdue, 0 due in the next 30 days", plan.QuerySelector(".plan-totals")!.TextContent);
        // 2.1 was due March 2024 and is not complete; the build date is June 2024.
        Assert.Equal("overdue", plan.QuerySelector("#action-2-1")!.GetAttribute("data-status"));
        Assert.Equal("complete", plan.QuerySelector("#action-1-1")!.GetAttribute("data-status"));
        Assert.Equal("on-track", plan.QuerySelector("#action-1-2")!.GetAttribute("data-status"));
    }

    [Fact]
    public void Lead_page_lists_actions_led_and_guidance_owned()
    {
        var lead = Parse("leads/psw/index.html");
        var hrefs = lead.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/guidance/plans/improvement-plan/#action-1-2", hrefs);
        Assert.Contains("/guidance/plans/improvement-plan/#action-2-1", hrefs);
        Assert.Contains("/guidance/standards/supervision/", hrefs);
    }

    [Fact]
    public void Panel_page_shows_its_terms_of_reference_card()
    {
        var page = Parse("panels/tclpm/index.html");
        var card = page.QuerySelector(".tor")!.TextContent;
        foreach (var expected in new[] { "Chair", "Director of Operations", "Weekly", "Legal services solicitor", "Quorum", "How to refer", "Decisions" })
            Assert.Contains(expected, card);
        // The summary is said once, as the page's introduction, not again as the card's purpose.
        var summary = page.QuerySelector(".lede")!.TextContent;
        Assert.DoesNotContain(summary, card, StringComparison.Ordinal);
        Assert.DoesNotContain("Purpose", card, StringComparison.Ordinal);
    }

    [Fact]
    public void Continuum_page_shows_each_level_with_indicators_and_response()
    {
        var levels = Parse("continuum/continuum-of-needs/index.html").QuerySelectorAll(".level");
        Assert.Equal(2, levels.Length);
        Assert.Contains("Meeting milestones", levels[0].TextContent);
        Assert.Contains("Parenting", levels[0].TextContent);
        Assert.Contains("Early help assessment.", levels[1].TextContent);
    }

    [Fact]
    public void First_use_of_a_glossary_acronym_is_marked_and_linked_once()
    {
        var page = Parse("standards/supervision/index.html");
        var terms = page.QuerySelectorAll(".prose a.term");
        Assert.Single(terms, t => t.TextContent == "MASH");
        var mash = terms.First(t => t.TextContent == "MASH");
        Assert.Equal("/guidance/glossary/#term-mash", mash.GetAttribute("href"));
        Assert.Equal("Multi-Agency Safeguarding Hub", mash.QuerySelector("abbr")!.GetAttribute("title"));
        Assert.NotNull(Parse("glossary/index.html").QuerySelector("#term-mash"));
    }

    [Fact]
    public void Guidance_page_has_owner_review_dates_toc_and_related()
    {
        var page = Parse("standards/supervision/index.html");
        Assert.Contains("Principal Social Worker", page.QuerySelector(".page-meta")!.TextContent);
        Assert.Contains("1 February 2025", page.QuerySelector(".page-meta")!.TextContent);
        Assert.Null(page.QuerySelector(".page-meta .flag-overdue")); // due 2025, built 2024
        Assert.Equal(["#frequency", "#what-a-good-record-holds"], page.QuerySelectorAll(".toc a").Select(a => a.GetAttribute("href")));
        Assert.Contains("/guidance/panels/tclpm/#purpose", page.QuerySelectorAll(".related a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void An_overdue_review_is_flagged_against_the_build_date()
    {
        using var later = TempSite.From();
        var run = later.Build(date: "2025-03-01");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.Diagnostics, d => d.Contains("warning GV100: page 'supervision' was due for review on 2025-02-01"));
        Assert.True(later.FileContains("standards/supervision/index.html", "Review overdue"));
    }

    [Fact]
    public void Alias_redirects_to_the_page()
    {
        Assert.True(_site.FileContains("practice/supervision-policy/index.html", "url=/guidance/standards/supervision/"));
    }

    [Fact]
    public void Every_page_has_one_h1_landmarks_and_a_skip_link()
    {
        foreach (var file in Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(_site.Output, file);
            if (relative.StartsWith("practice", StringComparison.Ordinal)) continue; // an alias's redirect is not a page
            var doc = Parse(relative);
            Assert.Single(doc.QuerySelectorAll("h1"));
            Assert.NotNull(doc.QuerySelector("main#main"));
            Assert.Equal("#main", doc.QuerySelector("a.skip-link")!.GetAttribute("href"));
            Assert.All(doc.QuerySelectorAll("nav"), nav => Assert.True(nav.HasAttribute("aria-label") || nav.HasAttribute("aria-labelledby"), $"unlabelled nav in {relative}"));
            // The only scripts are the site's own hashed files under assets/ (search), never inline.
            Assert.All(doc.QuerySelectorAll("script"), script => Assert.Matches(@"^/guidance/assets/[a-z-]+\.[0-9a-f]{10}\.js$", script.GetAttribute("src") ?? ""));
        }
    }

    [Fact]
    public void Every_internal_link_in_the_output_resolves_to_a_written_file_and_anchor()
    {
        // A permanent link (/id/supervision/) is answered by the redirect map, as a configured server answers it.
        var redirects = Guidance.Render.Redirects.RedirectMap.Parse(File.ReadAllText(Path.Combine(_site.Output, "_redirects")));
        foreach (var file in Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories))
        {
            var doc = Parse(Path.GetRelativePath(_site.Output, file));
            foreach (var href in doc.QuerySelectorAll("a[href], link[href], img[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
            {
                if (!href.StartsWith("/guidance/", StringComparison.Ordinal)) continue;
                var (path, anchor) = href.Contains('#') ? (href[..href.IndexOf('#')], href[(href.IndexOf('#') + 1)..]) : (href, null);
                path = redirects.GetValueOrDefault(path, path);
                var relative = path["/guidance/".Length..];
                var target = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
                Assert.True(_site.FileExists(target), $"{href} in {file} points at a missing file");
                if (anchor is not null && target.EndsWith(".html", StringComparison.Ordinal))
                    Assert.True(Parse(target).GetElementById(anchor) is not null, $"{href} in {file} points at a missing anchor");
            }
        }
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("standards/supervision/index.html")]
    [InlineData("plans/improvement-plan/index.html")]
    public void Every_page_names_the_site_icon_and_the_icon_is_published(string page)
    {
        Assert.Equal("/guidance/assets/favicon.svg", Parse(page).QuerySelector("link[rel=icon]")?.GetAttribute("href"));
        Assert.True(_site.FileContains("assets/favicon.svg", "<svg"));
    }

    private AngleSharp.Html.Dom.IHtmlDocument Parse(string relative) => new HtmlParser().ParseDocument(_site.ReadOutput(relative));
}
