using Guidance.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Guidance.Browser.Tests;

/// <summary>Results filtered by page type, with the filter kept in the address like the query.</summary>
public class SearchFilterTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    [SkippableFact]
    public async Task Filtering_by_type_shows_only_that_type_and_is_kept_in_the_address()
    {
        Chromium.Require();
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("search/?q=neglect"));
        var results = page.Locator("#search-results .search-result");
        await Expect(results.First).ToBeVisibleAsync();
        var types = await results.Locator(".result-type").AllTextContentsAsync();
        Assert.True(types.Distinct().Count() > 1, "an unfiltered search for neglect finds pages of several types");

        await page.GetByLabel(new System.Text.RegularExpressions.Regex(@"^Panel \(\d+\)$")).CheckAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"\?q=neglect&type=panel$"));
        await Expect(page.Locator("#search-status")).ToContainTextAsync("in panels and meetings");
        Assert.All(await results.Locator(".result-type").AllTextContentsAsync(), t => Assert.Equal("Panel", t));

        // The shared address opens the same filtered list.
        await page.ReloadAsync();
        await Expect(results.First).ToBeVisibleAsync();
        await Expect(page.GetByLabel(new System.Text.RegularExpressions.Regex(@"^Panel \(\d+\)$"))).ToBeCheckedAsync();
        Assert.All(await results.Locator(".result-type").AllTextContentsAsync(), t => Assert.Equal("Panel", t));
    }
}
