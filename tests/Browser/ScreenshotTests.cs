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

    private static readonly (int Width, int Height)[] Sizes = [(1366, 768), (768, 1024), (390, 844), (320, 568)];

    /// <remarks>
    /// Each page is opened once and photographed at each size in turn, the window resized between, as
    /// a person turning a tablet sees it: loading every page again for every size took a third of the time.
    /// </remarks>
    [SkippableFact]
    public async Task Key_pages_are_photographed_at_each_size()
    {
        Chromium.Require();
        Directory.CreateDirectory(Folder);
        var pages = site.OneOfEachKindAndSearchResults().DistinctBy(p => p.Kind).ToList();
        var problems = await pages.CheckEachAsync(() => site.NewPageAsync(Sizes[0].Width, Sizes[0].Height), async (page, sitePage) =>
        {
            await site.OpenAsync(page, sitePage);
            foreach (var (width, height) in Sizes)
            {
                await page.SetViewportSizeAsync(width, height);
                foreach (var (suffix, fullPage) in new[] { ("", true), ("-top", false) })
                {
                    var file = Path.Combine(Folder, $"{sitePage.Kind}-{width}{suffix}.png");
                    await File.WriteAllBytesAsync(file, await Screenshot.TakeAsync(page, fullPage));
                    var bytes = File.ReadAllBytes(file);
                    Assert.True(bytes.Length > 1000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', $"{file} is not a PNG");
                }
            }
            return [];
        });
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
