using Guidance.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Guidance.Browser.Tests;

/// <summary>With the system set to dark, the site follows it, and axe still finds nothing on any kind of page.</summary>
public class DarkModeTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    [SkippableFact]
    public async Task Every_kind_of_page_in_dark_mode_is_dark_and_has_no_axe_violations()
    {
        Chromium.Require();
        var pages = site.OneOfEachKind().Append(new SitePage("search/?q=LADO", "search-results")).ToList();
        var problems = await pages.CheckEachAsync(DarkPhoneAsync, async (page, sitePage) =>
        {
            await page.GotoAsync(site.Url(sitePage.Path));
            if (sitePage.Kind == "search-results") await page.Locator(".search-result").First.WaitForAsync();
            var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
            var found = await Axe.ViolationsAsync(page, sitePage + " (dark)");
            return background == "rgb(18, 22, 25)" ? found : found.Prepend($"{sitePage}: the page is not dark ({background})");
        });
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private async Task<IPage> DarkPhoneAsync()
    {
        var page = await site.NewPageAsync(390, 844);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        return page;
    }
}
