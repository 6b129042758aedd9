using Guidance.Browser.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Guidance.Browser.Tests;

/// <summary>axe with every WCAG 2.0, 2.1 and 2.2 A and AA rule finds nothing on any kind of page, nor on search results, at desktop and phone sizes.</summary>
public class AccessibilityTests(ShippedSite site, ITestOutputHelper output) : IClassFixture<ShippedSite>
{
    [SkippableFact]
    public async Task Every_kind_of_page_has_no_axe_violations()
    {
        Chromium.Require();
        var pages = site.OneOfEachKindAndSearchResults();
        Assert.Contains(pages, p => p.Kind == "home");
        Assert.True(pages.Count(p => p.Kind == "section") >= 6, "expected a section index per page type");

        var problems = await pages.CheckEachAsync(() => site.NewPageAsync(), CheckAsync);
        output.WriteLine($"axe checked {pages.Count} pages: {string.Join(", ", pages)}");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableFact]
    public async Task Every_kind_of_page_has_no_axe_violations_on_a_phone()
    {
        Chromium.Require();
        var problems = await site.OneOfEachKindAndSearchResults().CheckEachAsync(() => site.NewPageAsync(Phone.Width, Phone.Height), CheckAsync);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The phone size of the phone check here and of the dark-mode check, which runs only the colour rules.</summary>
    public static readonly (int Width, int Height) Phone = (360, 740);

    private async Task<IEnumerable<string>> CheckAsync(IPage page, SitePage sitePage)
    {
        await site.OpenAsync(page, sitePage);
        return await Axe.ViolationsAsync(page, sitePage.ToString());
    }

    /// <summary>The check itself works: a page with known faults is reported, so an empty list above means something.</summary>
    [SkippableFact]
    public async Task Axe_reports_a_page_with_known_faults()
    {
        Chromium.Require();
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url(site.First("home").Path));
        await page.EvaluateAsync("() => { document.documentElement.removeAttribute('lang'); document.querySelector('main').insertAdjacentHTML('afterbegin', '<img src=\"x.png\"><p style=\"color:#bbb\">faint</p>'); }");
        var ids = string.Join(" ", await Axe.ViolationsAsync(page, "broken"));
        Assert.Contains("html-has-lang", ids);
        Assert.Contains("image-alt", ids);
        Assert.Contains("color-contrast", ids);
        // The colour rules alone, as the dark-mode check runs them, find the faint text and nothing else.
        var colour = string.Join(" ", await Axe.ViolationsAsync(page, "broken", Axe.ColourRules));
        Assert.Contains("color-contrast", colour);
        Assert.DoesNotContain("image-alt", colour);
    }
}
