using Guidance.Browser.Tests.Support;
using Guidance.Tests.Support;
using Microsoft.Playwright;

namespace Guidance.Browser.Tests;

/// <summary>
/// Screenshots of every kind of page at desktop, tablet and two phone widths, written to the git-ignored
/// tests/artifacts/screenshots/ for a person to look at: the whole page, and the first screenful
/// (what someone sees on arrival, at a size a long page's full shot is too small to show).
/// </summary>
public class ScreenshotTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    private static readonly string Folder = Path.Combine(Repo.Root, "tests", "artifacts", "screenshots");

    [SkippableTheory]
    [InlineData(1366, 768)]
    [InlineData(768, 1024)]
    [InlineData(390, 844)]
    [InlineData(320, 568)]
    public async Task Key_pages_are_photographed(int width, int height)
    {
        Chromium.Require();
        Directory.CreateDirectory(Folder);
        var pages = site.OneOfEachKind().DistinctBy(p => p.Kind).ToList();
        if (pages.Any(p => p.Kind == "search")) pages.Add(new SitePage("search/?q=neglect", "search-results"));
        var problems = await pages.CheckEachAsync(() => site.NewPageAsync(width, height), async (page, sitePage) =>
        {
            await page.GotoAsync(site.Url(sitePage.Path));
            if (sitePage.Kind == "search-results") await page.Locator(".search-result").First.WaitForAsync();
            foreach (var (suffix, fullPage) in new[] { ("", true), ("-top", false) })
            {
                var file = Path.Combine(Folder, $"{sitePage.Kind}-{width}{suffix}.png");
                await File.WriteAllBytesAsync(file, await Screenshot.TakeAsync(page, fullPage));
                var bytes = File.ReadAllBytes(file);
                Assert.True(bytes.Length > 1000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', $"{file} is not a PNG");
            }
            return [];
        });
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
