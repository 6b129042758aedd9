using Guidance.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Guidance.Browser.Tests;

/// <summary>
/// A manager copies a section's link into a child's record, by mouse or by keyboard, and the page's
/// "Cite this guidance" box names the section with its full address.
/// </summary>
public class CopyLinkTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    [SkippableFact]
    public async Task Clicking_copy_link_puts_the_sections_address_on_the_clipboard_and_in_the_cite_box()
    {
        Chromium.Require();
        var page = await StandardAsync();
        var button = page.Locator("button.copy-link").Nth(1);
        var heading = await SectionOfAsync(button);

        await button.ClickAsync();

        await AssertCopiedAsync(page, heading);
    }

    [SkippableFact]
    public async Task Copy_link_is_reached_with_tab_named_for_its_section_and_pressed_with_enter()
    {
        Chromium.Require();
        var page = await StandardAsync();
        for (var i = 0; i < 60 && !await page.EvaluateAsync<bool>("() => document.activeElement.classList.contains('copy-link')"); i++)
            await page.Keyboard.PressAsync("Tab");
        var focused = page.Locator("button.copy-link:focus");
        await Expect(focused).ToHaveCountAsync(1);
        var heading = await SectionOfAsync(focused);
        await Expect(focused).ToHaveAccessibleNameAsync("Copy link to section: " + heading.Text);
        // The focus ring shows where the keyboard is.
        Assert.NotEqual("none", await focused.EvaluateAsync<string>("b => getComputedStyle(b).outlineStyle"));

        await page.Keyboard.PressAsync("Enter");

        await AssertCopiedAsync(page, heading);
    }

    [SkippableFact]
    public async Task Without_javascript_each_section_keeps_a_visible_link_to_itself()
    {
        Chromium.Require();
        var context = await site.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(site.First("standard").Path));
        var link = page.Locator("a.heading-link").First;
        await Expect(link).ToBeVisibleAsync();
        var anchor = (await link.GetAttributeAsync("href"))!;
        await link.ClickAsync();
        Assert.EndsWith(anchor, page.Url);
        await Expect(page.Locator(".cite .cite-text")).ToContainTextAsync(", version of ");
    }

    [SkippableFact]
    public async Task Copy_citation_beside_copy_link_copies_title_section_organisation_version_and_address()
    {
        Chromium.Require();
        var page = await StandardAsync();
        var button = page.Locator("button.copy-citation").Nth(1);
        await Expect(button).ToHaveAccessibleNameAsync(new System.Text.RegularExpressions.Regex("^Copy citation for section: "));
        var heading = await SectionOfAsync(button);
        var title = (await page.Locator("h1").TextContentAsync())!.Trim();
        var cite = page.Locator(".cite");
        var version = await cite.GetAttributeAsync("data-cite-version");
        var organisation = await cite.GetAttributeAsync("data-cite-organisation");

        await button.ClickAsync();

        await Expect(page.Locator("[role=status][aria-live=polite]").Last).ToHaveTextAsync("Citation copied");
        var address = page.Url.Split('#')[0] + "#" + heading.Id;
        Assert.Equal($"{title}, {heading.Text} \u2014 {organisation}, version of {version}, {address}",
            await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        // The cite box shows the same citation.
        await Expect(page.Locator(".cite .cite-text")).ToHaveTextAsync($"{title}, {heading.Text} \u2014 {organisation}, version of {version}, {address}");

        // And the cite box's own button copies the whole page's.
        await page.Locator(".cite button.copy-citation").ClickAsync();
        Assert.Equal($"{title}, whole page \u2014 {organisation}, version of {version}, {page.Url.Split('#')[0]}",
            await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
    }

    private async Task<IPage> StandardAsync()
    {
        var context = await site.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(site.First("standard").Path));
        await Expect(page.Locator("button.copy-link").First).ToBeVisibleAsync();
        return page;
    }

    /// <summary>The heading a copy-link button belongs to: its id and its words.</summary>
    private static async Task<(string Id, string Text)> SectionOfAsync(ILocator button)
    {
        var section = await button.EvaluateAsync<string[]>("b => { const h = b.parentElement.querySelector('h2, h3'); return [h.id, h.textContent.trim()]; }");
        return (section[0], section[1]);
    }

    private static async Task AssertCopiedAsync(IPage page, (string Id, string Text) heading)
    {
        var expected = page.Url.Split('#')[0] + "#" + heading.Id;
        await Expect(page.Locator("[role=status][aria-live=polite]").Last).ToHaveTextAsync("Link copied");
        Assert.Equal(expected, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await Expect(page.Locator(".cite .cite-section")).ToHaveTextAsync(heading.Text);
        await Expect(page.Locator(".cite .cite-url")).ToHaveTextAsync(expected);
    }
}
