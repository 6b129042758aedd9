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
        var page = await site.NewPageAsync(390, 844);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        var problems = new List<string>();
        foreach (var sitePage in site.OneOfEachKind().Append(new SitePage("search/?q=LADO", "search-results")))
        {
            await page.GotoAsync(site.Url(sitePage.Path));
            if (sitePage.Kind == "search-results") await page.Locator(".search-result").First.WaitForAsync();
            var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
            if (background != "rgb(18, 22, 25)") problems.Add($"{sitePage}: the page is not dark ({background})");
            problems.AddRange(await Axe.ViolationsAsync(page, sitePage + " (dark)"));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
