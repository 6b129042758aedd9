using System.Text.RegularExpressions;
using Guidance.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Guidance.Browser.Tests;

/// <summary>
/// The header's field answers as you type on every page (a WAI-ARIA combobox), the search page shows
/// its results in a phone's first screen without moving anything, and a followed result marks the
/// words searched on the page it opens.
/// </summary>
public class SearchFromEveryPageTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    [SkippableFact]
    public async Task Typing_in_the_header_of_a_standard_shows_results_chosen_by_arrow_keys_and_opened_by_enter()
    {
        Chromium.Require();
        var page = await site.NewPageAsync(390, 844);
        await page.GotoAsync(site.Url(site.First("standard").Path));
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search guidance" });
        await Expect(box).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("police prot");

        var listbox = page.GetByRole(AriaRole.Listbox);
        await Expect(listbox).ToBeVisibleAsync();
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(page.Locator("#header-search [role=status]")).ToHaveTextAsync(new Regex(@"^\d+ results?\. Use the up and down arrows"));
        var options = listbox.GetByRole(AriaRole.Option);
        // Each keystroke starts a search; wait for the one for the whole query, which no later one replaces.
        await Expect(options.Last).ToContainTextAsync("“police prot”");
        await Expect(options.First).ToContainTextAsync("Police protection in one minute");
        // The panel sits over the page: results arriving move nothing.
        Assert.Equal("absolute", await page.Locator(".search-panel").EvaluateAsync<string>("e => getComputedStyle(e).position"));

        await page.Keyboard.PressAsync("ArrowDown");
        var first = await options.First.GetAttributeAsync("id");
        await Expect(box).ToHaveAttributeAsync("aria-activedescendant", first!);
        await Expect(options.First).ToHaveAttributeAsync("aria-selected", "true");
        await page.Keyboard.PressAsync("ArrowUp"); // wraps to the last, "All results"
        await Expect(options.Last).ToHaveAttributeAsync("aria-selected", "true");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Escape");
        await Expect(listbox).ToBeHiddenAsync();
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "false");

        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(listbox).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Police protection in one minute");
        // The words searched are marked on the page it opened, and can be cleared.
        await Expect(page.Locator("mark.search-highlight").First).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Clear highlighting" }).ClickAsync();
        await Expect(page.Locator("mark.search-highlight")).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task Enter_with_nothing_chosen_goes_to_the_full_list_and_an_acronym_shows_its_meaning_first()
    {
        Chromium.Require();
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url(site.First("guide").Path));
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search guidance" });
        await box.FocusAsync();
        await page.Keyboard.TypeAsync("LADO");
        var first = page.GetByRole(AriaRole.Option).First;
        await Expect(first).ToContainTextAsync("LADO: Local Authority Designated Officer");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"/search/\?q=LADO$"));
        var top = page.Locator("#search-results .search-result").First;
        await Expect(top).ToContainTextAsync("Local Authority Designated Officer");
        await top.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/glossary/#term-lado$"));
    }

    [SkippableFact]
    public async Task On_a_phone_the_search_page_shows_results_in_the_first_screen_without_layout_shift()
    {
        Chromium.Require();
        var page = await site.NewPageAsync(390, 844);
        // Counted from the start of the page's life, before the script runs the query in the address.
        await page.AddInitScriptAsync("""
            window.__cls = 0;
            new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
              .observe({ type: 'layout-shift', buffered: true });
            """);
        await page.GotoAsync(site.Url("search/"));
        Assert.Equal(0, await page.Locator("fieldset").CountAsync());
        await page.GotoAsync(site.Url("search/?q=neglect"));
        var first = page.Locator("#search-results .search-result").First;
        await Expect(first).ToBeVisibleAsync();
        await page.WaitForTimeoutAsync(500);
        var top = await first.EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        Assert.True(top < 844, $"the first result starts at {top} px");
        var cls = await page.EvaluateAsync<double>("() => window.__cls");
        Assert.Equal(0, cls);
        var header = await page.Locator(".site-header").BoundingBoxAsync();
        Assert.True(header!.Height < 120, $"the header is {header.Height} px tall");
    }

    [SkippableFact]
    public async Task A_corrected_spelling_says_so_and_offers_the_words_as_typed()
    {
        Chromium.Require();
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("search/?q=supervison"));
        var status = page.Locator("#search-status");
        await Expect(status).ToContainTextAsync("Showing results for supervision");
        await status.GetByRole(AriaRole.Link, new() { Name = "supervison" }).ClickAsync();
        await Expect(status).ToContainTextAsync("No results for “supervison”");
    }

    [SkippableFact]
    public async Task Without_javascript_the_search_page_says_full_search_needs_it_and_lists_the_ways_in()
    {
        Chromium.Require();
        var context = await site.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("search/?q=neglect"));
        // (Playwright reads no text inside <noscript> as the page's, so the notice is read on its own.)
        var main = page.Locator("main noscript .search-without-js");
        await Expect(main).ToBeVisibleAsync();
        await Expect(main).ToContainTextAsync("Full search needs JavaScript");
        Assert.DoesNotContain("as you type", await page.Locator("main").InnerTextAsync());
        foreach (var way in new[] { "A to Z of guidance", "Glossary", "Practice standards" })
            await Expect(main.GetByRole(AriaRole.Link, new() { Name = way, Exact = true })).ToBeVisibleAsync();
        await main.GetByRole(AriaRole.Link, new() { Name = "Glossary", Exact = true }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Glossary");
    }
}
