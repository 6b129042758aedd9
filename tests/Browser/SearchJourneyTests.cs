using Guidance.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Guidance.Browser.Tests;

/// <summary>A practitioner searches from any page and lands on the section that answers the question.</summary>
public class SearchJourneyTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    [SkippableFact]
    public async Task Searching_from_the_home_page_leads_to_the_section_of_a_standard()
    {
        Chromium.Require();
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url(site.First("home").Path));
        await page.GetByLabel("Search guidance").FillAsync("how often supervision");
        await page.GetByLabel("Search guidance").PressAsync("Enter");

        // The query travels in the address, so a result list can be shared, and fills the search box.
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/search/\?q=how\+often\+supervision$"));
        await Expect(page.Locator("#search-q")).ToHaveValueAsync("how often supervision");
        var results = page.Locator("#search-results .search-result");
        await Expect(results.First).ToBeVisibleAsync();
        await Expect(page.Locator("#search-status")).ToContainTextAsync("results for");

        var topThree = await results.Locator(".result-title a").EvaluateAllAsync<string[]>("as => as.slice(0, 3).map(a => a.pathname)");
        Assert.Contains(topThree, path => path.EndsWith("/standards/supervision/", StringComparison.Ordinal));
        var hit = results.Filter(new() { Has = page.Locator(".result-title a[href$='/standards/supervision/']") }).First;
        var section = hit.Locator(".result-section a");
        var anchor = (await section.GetAttributeAsync("href"))!.Split('#')[1];
        Assert.NotEmpty(await hit.Locator(".result-excerpt mark").AllAsync());

        await section.ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Supervision and management oversight");
        Assert.EndsWith("/standards/supervision/#" + anchor, page.Url);
        await Expect(page.Locator($"[id='{anchor}']")).ToBeInViewportAsync();
    }

    [SkippableFact]
    public async Task Search_works_by_keyboard_alone_and_announces_how_many_results()
    {
        Chromium.Require();
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("search/"));
        await page.Locator("#search-q").FocusAsync();
        await page.Keyboard.TypeAsync("TCLPM");
        var status = page.Locator("#search-status[role=status][aria-live=polite]");
        await Expect(status).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+ results? for “TCLPM”"));

        // Tab from the box reaches the results (through any type filters), and Enter follows the link.
        for (var i = 0; i < 30 && !await page.EvaluateAsync<bool>("() => !!document.activeElement.closest('.result-title')"); i++)
            await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
        Assert.NotNull(focused);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/search/"));
        Assert.EndsWith(focused, page.Url);
    }
}
