using Microsoft.Playwright;

namespace Guidance.Browser.Tests.Support;

/// <summary>
/// Debian's chromium, driven by Playwright. The tests never download a browser: where chromium is
/// missing they are skipped with how to install it, except in CI (CI=true), where they fail.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";
    public const string InstallHint = "install chromium: sudo apt-get install -y chromium";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips the test when chromium is missing on a developer's machine; in CI that is a failure.</summary>
    public static void Require()
    {
        if (IsInstalled) return;
        if (InCi) Assert.Fail($"The browser tests need {ExecutablePath} in CI: {InstallHint}");
        Skip.If(true, $"Browser tests skipped: {ExecutablePath} not found; {InstallHint}");
    }

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        // Belt and braces: nothing here installs a browser, and Playwright is told never to fetch one.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
        return (playwright, browser);
    }
}
