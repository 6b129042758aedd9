using Guidance.Browser.Tests.Support;
using Guidance.Build;
using Guidance.Serve;
using Guidance.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Guidance.Browser.Tests;

/// <summary>
/// <c>guidance serve</c> in a real browser on a copy of the valid fixture site: an edit reloads the
/// open page with the new text; a broken edit shows an accessible panel of errors over the last good page.
/// </summary>
public sealed class LiveReloadTests(ShippedSite site) : IClassFixture<ShippedSite>, IDisposable
{
    private const string Source = "standards/supervision.md";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "guidance-live-" + Guid.NewGuid().ToString("N")[..12]);

    private string Content => Path.Combine(_root, "content");

    [SkippableFact]
    public async Task An_edit_reloads_the_open_page_and_a_broken_edit_shows_its_errors_over_the_last_good_page()
    {
        Chromium.Require();
        Folders.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "valid-site"), Content);
        var terminal = new StringWriter();
        await using var session = await PreviewSession.StartAsync(new BuildOptions(Content, null, new DateOnly(2024, 6, 1)), 0, terminal, terminal);
        var page = await site.NewPageAsync();
        await page.GotoAsync(new Uri(session.Address, "guidance/standards/supervision/").ToString());
        var main = page.Locator("main");
        await Expect(main).ToContainTextAsync("at least every 4 weeks");
        var original = File.ReadAllText(Path.Combine(Content, Source));

        var edited = original.Replace("at least every 4 weeks", "at least every 3 weeks");
        File.WriteAllText(Path.Combine(Content, Source), edited);
        await Expect(main).ToContainTextAsync("at least every 3 weeks", new() { Timeout = 15_000 });

        File.WriteAllText(Path.Combine(Content, Source), edited.Replace("owner: psw", "owner: nobody-we-know"));
        var panel = page.Locator($"#{PreviewMarkup.ProblemsId}");
        await Expect(panel).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(panel).ToHaveAttributeAsync("role", "alert");
        await Expect(panel).ToContainTextAsync("nobody-we-know");
        await Expect(main).ToContainTextAsync("at least every 3 weeks");
        Assert.Contains("Still serving the last good site.", terminal.ToString());
        var problems = await Axe.ViolationsAsync(page, "page with the problems panel");
        Assert.True(!problems.Any(), string.Join("\n", problems));

        File.WriteAllText(Path.Combine(Content, Source), original);
        await Expect(panel).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        await Expect(main).ToContainTextAsync("at least every 4 weeks");
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}
