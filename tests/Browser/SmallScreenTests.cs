using Guidance.Browser.Tests.Support;

namespace Guidance.Browser.Tests;

/// <summary>On a 360-pixel-wide phone nothing scrolls sideways or is cut off.</summary>
public class SmallScreenTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    /// <summary>Elements whose right edge passes the viewport, except inside a box that scrolls on its own (a wide table).</summary>
    private const string Overflowing = """
        () => [...document.querySelectorAll('body *')].filter(e => {
          const r = e.getBoundingClientRect();
          if (r.width === 0 || r.right <= innerWidth + 1) return false;
          for (let p = e.parentElement; p; p = p.parentElement) {
            const o = getComputedStyle(p).overflowX;
            if (o === 'auto' || o === 'scroll') return false;
          }
          return true;
        }).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')).slice(0, 5)
        """;

    [SkippableFact]
    public async Task No_page_scrolls_sideways_at_360_pixels()
    {
        Chromium.Require();
        var problems = await site.OneOfEachKind().CheckEachAsync(() => site.NewPageAsync(width: 360, height: 740), async (page, sitePage) =>
        {
            var found = new List<string>();
            await page.GotoAsync(site.Url(sitePage.Path));
            var width = await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");
            if (width > 360) found.Add($"{sitePage}: the page is {width} px wide");
            var cut = await page.EvaluateAsync<string[]>(Overflowing);
            if (cut.Length > 0) found.Add($"{sitePage}: past the right edge: {string.Join(", ", cut)}");
            return found;
        });
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
