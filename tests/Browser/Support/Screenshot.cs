using Microsoft.Playwright;

namespace Guidance.Browser.Tests.Support;

/// <summary>
/// A PNG of the page, taken by chromium's own <c>Page.captureScreenshot</c> with
/// <c>optimizeForSpeed</c>: the same pixels as Playwright's screenshot, compressed less.
/// </summary>
/// <remarks>
/// Playwright sends the same command without that flag, and compressing a full page 20,000 px
/// tall took most of the screenshot tests' time, the longest of the browser tests: with the flag a
/// full-page shot takes under half as long, for files about a third larger.
/// <para>
/// The command waits for chromium to draw a frame, and a page that is not in front may never be
/// drawn: a suite once hung on it for good. So one shot is taken at a time, its page brought to the
/// front first, and a shot that has not come within <see cref="Patience"/> is taken again by
/// Playwright, whose screenshot has a timeout of its own.
/// </para>
/// </remarks>
public static class Screenshot
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>The whole page (<paramref name="fullPage"/>) or the first screenful, as PNG bytes.</summary>
    public static async Task<byte[]> TakeAsync(IPage page, bool fullPage)
    {
        await OneAtATime.WaitAsync();
        try
        {
            await page.BringToFrontAsync();
            return await CaptureAsync(page, fullPage).WaitAsync(Patience);
        }
        catch (TimeoutException)
        {
            return await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = fullPage, Type = ScreenshotType.Png });
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private static async Task<byte[]> CaptureAsync(IPage page, bool fullPage)
    {
        var cdp = await page.Context.NewCDPSessionAsync(page);
        var options = new Dictionary<string, object> { ["format"] = "png", ["optimizeForSpeed"] = true };
        if (fullPage)
        {
            // As Playwright does for a full page: the document's whole size, drawn beyond the viewport.
            var size = (await cdp.SendAsync("Page.getLayoutMetrics"))!.Value.GetProperty("cssContentSize");
            options["captureBeyondViewport"] = true;
            options["clip"] = new Dictionary<string, object>
            {
                ["x"] = 0, ["y"] = 0, ["scale"] = 1,
                ["width"] = Math.Ceiling(size.GetProperty("width").GetDouble()),
                ["height"] = Math.Ceiling(size.GetProperty("height").GetDouble()),
            };
        }
        var shot = await cdp.SendAsync("Page.captureScreenshot", options);
        await cdp.DetachAsync();
        return Convert.FromBase64String(shot!.Value.GetProperty("data").GetString()!);
    }
}
