using Guidance.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Guidance.Browser.Tests;

/// <summary>What people do with the site: follow the plan to its guidance and back, share a section's link, print a page.</summary>
public class JourneyTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    [SkippableFact]
    public async Task A_plan_action_leads_to_its_guidance_and_the_backlink_leads_back_to_the_action()
    {
        Chromium.Require();
        var page = await site.NewPageAsync();
        var planUrl = site.Url(site.First("plan").Path);
        await page.GotoAsync(planUrl);
        var action = page.Locator(".action").First;
        var actionId = await action.GetAttributeAsync("id");
        var guidance = action.Locator(".inline-list a").First;
        var guidanceTitle = await guidance.InnerTextAsync();

        await guidance.ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(guidanceTitle);
        var backlink = page.Locator($".backlinks a[href$='#{actionId}']");
        await Expect(backlink).ToHaveCountAsync(1);

        await backlink.ClickAsync();
        // Waits for the navigation rather than reading the address at once (flaky on a loaded machine).
        await Expect(page).ToHaveURLAsync(planUrl + "#" + actionId);
        await Expect(page.Locator(":target")).ToHaveAttributeAsync("id", actionId!);
        await Expect(page.Locator($"#{actionId}")).ToBeInViewportAsync();
    }

    [SkippableFact]
    public async Task A_sections_link_from_the_contents_list_opens_the_page_at_that_section()
    {
        Chromium.Require();
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url(site.First("standard").Path));
        var entry = page.Locator(".toc a").Nth(2);
        var heading = (await entry.GetAttributeAsync("href"))!.TrimStart('#');
        await entry.ClickAsync();
        Assert.EndsWith("#" + heading, page.Url);

        // The link someone copies from the address bar opens, in a fresh browser, at the same section.
        var shared = await site.NewPageAsync();
        await shared.GotoAsync(page.Url);
        await Expect(shared.Locator($"h2#{heading}, h3#{heading}")).ToBeInViewportAsync();
        Assert.Equal(heading, await shared.EvaluateAsync<string>("() => document.querySelector(':target').id"));
    }

    [SkippableFact]
    public async Task Printing_hides_the_navigation_prints_no_site_addresses_and_says_when_it_was_printed()
    {
        Chromium.Require();
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url(site.First("standard").Path));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        foreach (var selector in new[] { ".skip-link", ".site-nav", ".breadcrumbs", ".toc", ".site-footer nav", "form[role=search]" })
        {
            foreach (var element in await page.Locator(selector).AllAsync())
                await Expect(element).ToBeHiddenAsync();
        }
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        // A link within the site prints as its words: its address would mean nothing on paper.
        var link = page.Locator(".prose a[href^='/']:not(.term)").First;
        Assert.Equal("none", await link.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content"));
        var printedOn = page.Locator(".printed-on");
        await Expect(printedOn).ToBeVisibleAsync();
        await Expect(printedOn).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"^Printed on \d{1,2} \w+ \d{4} from .*Check the site for the current version"));
        Assert.Equal("avoid", await page.Locator(".cite").EvaluateAsync<string>("e => getComputedStyle(e).breakInside"));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        await Expect(printedOn).ToBeHiddenAsync();
    }
}
