using Guidance.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Guidance.Browser.Tests;

/// <summary>
/// A permanent link pasted into a record years ago, <c>/id/&lt;page-id&gt;/</c>, still reaches the page,
/// with or without scripts, and keeps the section it named.
/// </summary>
public class PermanentLinkTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    [SkippableFact]
    public async Task A_permanent_link_with_a_section_lands_on_that_section_of_the_page()
    {
        Chromium.Require();
        var page = await site.NewPageAsync();

        await page.GotoAsync(site.Url("id/supervision/#frequency"));
        await page.WaitForURLAsync(url => url.EndsWith("/standards/supervision/#frequency", StringComparison.Ordinal));

        Assert.Equal("Supervision and management oversight", await page.Locator("h1").TextContentAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('frequency').getBoundingClientRect().top < 200"),
            "the page did not scroll to the section");
    }

    [SkippableFact]
    public async Task Without_javascript_a_permanent_link_still_reaches_the_page()
    {
        Chromium.Require();
        var context = await site.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        await page.GotoAsync(site.Url("id/neglect-strategy/"));
        // Polled: waiting on the URL through the page needs scripts, which this page has not got.
        for (var i = 0; i < 100 && !page.Url.EndsWith("/strategies/neglect-strategy/", StringComparison.Ordinal); i++)
            await Task.Delay(100);
        Assert.EndsWith("/strategies/neglect-strategy/", page.Url);

        Assert.Equal("Partnership neglect strategy", await page.Locator("h1").TextContentAsync());
        await context.CloseAsync();
    }
}
