using Guidance.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Guidance.Browser.Tests;

/// <summary>
/// On a 390x844 phone the header is compact and every kind of page shows its guidance in the first
/// screen; the header's Search and Menu work with and without JavaScript; long pages offer a way back
/// to the top.
/// </summary>
public class PhoneFirstTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    private const int Width = 390, Height = 844;

    /// <summary>
    /// Where each kind of page's guidance starts: the first text after the title (summary, card, term,
    /// level, search field), and, for a page of prose, its first section.
    /// </summary>
    private const string FirstText = """
        () => {
          const main = document.querySelector('main');
          const h1 = main.querySelector('h1');
          const after = [...main.querySelectorAll('p, li, dd, dt, input, td')].filter(e =>
            e.getClientRects().length > 0 && e.textContent.trim() !== '' || e.tagName === 'INPUT')
            .filter(e => !e.closest('.page-header .page-type') && !e.closest('.page-meta') && !e.closest('.toc')
              && h1.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING);
          const first = after[0];
          const prose = main.querySelector('.prose > :first-child');
          return { header: document.querySelector('.site-header').getBoundingClientRect().height,
                   first: first ? first.getBoundingClientRect().top + scrollY : -1,
                   what: first ? first.tagName + ' ' + first.textContent.trim().slice(0, 40) : 'nothing',
                   prose: prose && prose.getClientRects().length ? prose.getBoundingClientRect().top + scrollY : null,
                   lede: main.querySelector('.lede') ? main.querySelector('.lede').getBoundingClientRect().top + scrollY : null };
        }
        """;

    private sealed class Measure
    {
        public double Header { get; set; }
        public double First { get; set; }
        public string What { get; set; } = "";
        public double? Prose { get; set; }
        public double? Lede { get; set; }
    }

    [SkippableFact]
    public async Task Every_kind_of_page_has_a_header_under_120_px_and_its_guidance_in_the_first_screen()
    {
        Chromium.Require();
        var page = await site.NewPageAsync(Width, Height);
        var kinds = site.OneOfEachKind().Where(p => p.Kind != "section").ToList();
        foreach (var kind in new[] { "standard", "guide", "panel", "continuum", "plan", "glossary", "home", "search" })
            Assert.Contains(kinds, p => p.Kind == kind);
        var problems = new List<string>();
        foreach (var sitePage in kinds)
        {
            await page.GotoAsync(site.Url(sitePage.Path));
            var m = await page.EvaluateAsync<Measure>(FirstText);
            if (m.Header >= 120) problems.Add($"{sitePage}: the header is {m.Header} px tall");
            if (m.First < 0 || m.First >= Height) problems.Add($"{sitePage}: the first text ({m.What}) starts at {m.First} px");
            if (m.Lede is { } lede && lede >= Height) problems.Add($"{sitePage}: the summary starts at {lede} px");
            if (sitePage.Kind is "standard" or "guide" && (m.Prose is not { } prose || prose >= Height))
                problems.Add($"{sitePage}: the first section starts at {m.Prose} px");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableFact]
    public async Task The_menu_and_search_buttons_open_what_they_name()
    {
        Chromium.Require();
        var page = await site.NewPageAsync(Width, Height);
        await page.GotoAsync(site.Url(site.First("standard").Path));
        var nav = page.Locator("#site-nav");
        await Expect(nav).ToBeHiddenAsync();
        var menu = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
        await menu.ClickAsync();
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Glossary" })).ToBeVisibleAsync();
        await menu.ClickAsync();
        await Expect(nav).ToBeHiddenAsync();

        await Expect(page.Locator("#header-q")).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).First.ClickAsync();
        await Expect(page.Locator("#header-q")).ToBeFocusedAsync();
    }

    [SkippableFact]
    public async Task Without_javascript_the_menu_and_search_links_open_by_their_address()
    {
        Chromium.Require();
        var context = await site.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, ViewportSize = new ViewportSize { Width = Width, Height = Height } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(site.First("standard").Path));
        var header = await page.Locator(".site-header").BoundingBoxAsync();
        Assert.True(header!.Height < 120, $"the header is {header.Height} px tall without JavaScript");
        await page.GetByRole(AriaRole.Link, new() { Name = "Menu" }).ClickAsync();
        await Expect(page.Locator("#site-nav").GetByRole(AriaRole.Link, new() { Name = "A to Z" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Search", Exact = true }).ClickAsync();
        await Expect(page.Locator("#header-q")).ToBeVisibleAsync();
        await page.Locator("#header-q").FillAsync("supervision");
        await page.Locator("#header-q").PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/search/\?q=supervision$"));
    }

    [SkippableFact]
    public async Task The_contents_list_is_folded_on_a_phone_and_open_on_a_wide_screen()
    {
        Chromium.Require();
        var phone = await site.NewPageAsync(Width, Height);
        await phone.GotoAsync(site.Url(site.First("standard").Path));
        await Expect(phone.Locator(".toc a").First).ToBeHiddenAsync();
        await phone.Locator(".toc summary").ClickAsync();
        await Expect(phone.Locator(".toc a").First).ToBeVisibleAsync();

        var desktop = await site.NewPageAsync(1366, 900);
        await desktop.GotoAsync(site.Url(site.First("standard").Path));
        await Expect(desktop.Locator(".toc a").First).ToBeVisibleAsync();
        // Scrolled to a section, the contents list marks it as the one being read.
        var last = desktop.Locator(".toc a").Last;
        var anchor = (await last.GetAttributeAsync("href"))!;
        await desktop.Locator($"[id='{anchor[1..]}']").ScrollIntoViewIfNeededAsync();
        await desktop.EvaluateAsync($"() => document.getElementById('{anchor[1..]}').scrollIntoView()");
        await Expect(desktop.Locator($".toc a[href='{anchor}']")).ToHaveAttributeAsync("aria-current", "location");
    }

    [SkippableFact]
    public async Task A_long_page_has_a_back_to_top_link_and_a_short_one_does_not()
    {
        Chromium.Require();
        var page = await site.NewPageAsync(Width, Height);
        await page.GotoAsync(site.Url("glossary/"));
        var back = page.GetByRole(AriaRole.Link, new() { Name = "Back to top" });
        await back.ScrollIntoViewIfNeededAsync();
        await back.ClickAsync();
        await Expect(page.Locator(".site-title")).ToBeInViewportAsync();
        await page.GotoAsync(site.Url("no-such-page/"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Back to top" })).ToBeHiddenAsync();
    }
}
