using Guidance.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Guidance.Browser.Tests;

/// <summary>
/// With the system set to dark, the site follows it, and axe's colour rules still find nothing on any
/// kind of page. The other rules cannot see the colour scheme: AccessibilityTests runs them all on
/// the same pages at the same phone size in light mode.
/// </summary>
public class DarkModeTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    [SkippableFact]
    public async Task Every_kind_of_page_in_dark_mode_is_dark_and_has_no_axe_violations()
    {
        Chromium.Require();
        var problems = await site.OneOfEachKindAndSearchResults().CheckEachAsync(DarkPhoneAsync, async (page, sitePage) =>
        {
            await site.OpenAsync(page, sitePage);
            var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
            var found = await Axe.ViolationsAsync(page, sitePage + " (dark)", Axe.ColourRules);
            return background == "rgb(18, 22, 25)" ? found : found.Prepend($"{sitePage}: the page is not dark ({background})");
        });
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private async Task<IPage> DarkPhoneAsync()
    {
        var page = await site.NewPageAsync(AccessibilityTests.Phone.Width, AccessibilityTests.Phone.Height);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        return page;
    }
}
