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
    public async Task Without_javascript_a_permanent_link_with_a_section_still_lands_on_that_section()
    {
        Chromium.Require();
        var context = await site.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        // The permanent address is the page itself (no redirect that would drop the #section).
        await page.GotoAsync(site.Url("id/supervision/#frequency"));

        Assert.Equal("Supervision and management oversight", await page.Locator("h1").TextContentAsync());
        var box = await page.Locator("#frequency").BoundingBoxAsync();
        Assert.True(box is not null && box.Y < 200, "the page did not scroll to the section");
        Assert.EndsWith("/standards/supervision/", await page.Locator("link[rel=canonical]").GetAttributeAsync("href"));
        await context.CloseAsync();
    }
}
