using Guidance.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Guidance.Browser.Tests;

/// <summary>Callouts announced as notes, the glossary's letter index, and acronyms expanded on a tap.</summary>
public class ReadingAidTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    [SkippableFact]
    public async Task A_timescale_callout_is_a_note_named_for_what_it_is()
    {
        Chromium.Require();
        var page = await site.NewPageAsync(390, 844);
        await page.GotoAsync(site.Url("standards/supervision/"));
        var note = page.GetByRole(AriaRole.Note, new() { Name = "Timescale" });
        await Expect(note).ToBeVisibleAsync();
        await Expect(note).ToContainTextAsync("at least every 4 weeks");
    }

    [SkippableFact]
    public async Task The_glossary_letter_index_jumps_to_the_letter()
    {
        Chromium.Require();
        var page = await site.NewPageAsync(390, 844);
        await page.GotoAsync(site.Url("glossary/"));
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Glossary letters" }).GetByRole(AriaRole.Link, new() { Name = "T", Exact = true }).ClickAsync();
        await Expect(page.Locator("#glossary-letter-t")).ToBeInViewportAsync();
        await Expect(page.Locator("#term-tclpm")).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task A_tap_on_an_acronym_shows_its_expansion_and_a_second_tap_opens_the_glossary()
    {
        Chromium.Require();
        var page = await site.NewPageAsync(390, 844);
        await page.GotoAsync(site.Url("standards/supervision/"));
        var term = page.Locator(".prose a.term").First;
        var expansion = await term.Locator("abbr").GetAttributeAsync("title");
        await term.ClickAsync();
        Assert.Contains("/standards/supervision/", page.Url);
        var shown = await term.Locator("abbr").EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        Assert.Contains(expansion!, shown);
        await term.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/glossary/#term-"));
    }
}
