using Guidance.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Guidance.Browser.Tests;

/// <summary>
/// A permanent link pasted into a record years ago, <c>/id/&lt;page-id&gt;/</c>, still reaches the page
/// and keeps the section it named: from a server that answers the redirect map (as guidance serve, and
/// IIS, Apache and nginx with the written configuration, do), with or without scripts; and from one
/// that does not, through the 404 page's script.
/// </summary>
public class PermanentLinkTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    [SkippableFact]
    public async Task A_permanent_link_with_a_section_lands_on_that_section_of_the_page()
    {
        Chromium.Require();
        var page = await site.NewPageAsync();

        await page.GotoAsync(site.Url("id/supervision/#frequency"));

        await AssertOnFrequencyAsync(page);
    }

    [SkippableFact]
    public async Task Without_javascript_a_permanent_link_with_a_section_still_lands_on_that_section()
    {
        Chromium.Require();
        var context = await site.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        // The server's 301 names the page; the browser carries the #section over to it.
        await page.GotoAsync(site.Url("id/supervision/#frequency"));

        await AssertOnFrequencyAsync(page);
    }

    [SkippableFact]
    public async Task On_a_server_without_the_redirect_map_the_404_page_takes_a_permanent_link_on_to_its_section()
    {
        Chromium.Require();
        var page = await site.NewPageAsync();
        // A plain static server: no file at /id/supervision/, so it answers with the site's 404 page.
        var notFound = await (await page.Context.APIRequest.GetAsync(site.Url("no-such-page/"))).BodyAsync();
        await page.RouteAsync("**/id/supervision/", route => route.FulfillAsync(new RouteFulfillOptions { Status = 404, ContentType = "text/html; charset=utf-8", BodyBytes = notFound }));

        await page.GotoAsync(site.Url("id/supervision/?from=record#frequency"));

        await page.WaitForURLAsync(url => url.EndsWith("/standards/supervision/?from=record#frequency", StringComparison.Ordinal));
        await AssertOnFrequencyAsync(page);
    }

    private static async Task AssertOnFrequencyAsync(IPage page)
    {
        Assert.EndsWith("/standards/supervision/", new Uri(page.Url).AbsolutePath);
        Assert.Equal("#frequency", new Uri(page.Url).Fragment);
        Assert.Equal("Supervision and management oversight", await page.Locator("h1").TextContentAsync());
        var box = await page.Locator("#frequency").BoundingBoxAsync();
        Assert.True(box is not null && box.Y < 200, "the page did not scroll to the section");
    }
}
