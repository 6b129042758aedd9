using Guidance.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Guidance.Browser.Tests;

/// <summary>The plan page as the board uses it: on a phone, filtered with and without JavaScript, linked to an action.</summary>
public class PlanPageTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    private const int PhoneWidth = 390, PhoneHeight = 844;

    [SkippableFact]
    public async Task On_a_390_pixel_phone_the_overview_and_the_first_areas_whole_table_are_within_two_screens()
    {
        Chromium.Require();
        var page = await site.NewPageAsync(PhoneWidth, PhoneHeight);
        await page.GotoAsync(site.Url(site.First("plan").Path));
        var overviewBottom = await BottomAsync(page, ".plan-overview");
        // One line of text per action until it is opened puts the whole first table (6 actions) on the
        // first two screens: every action's id, status, due date and text start within 1,688 px (the page
        // used to start its first action 12,000 px down, and the table ended at 2,330 px before the clamp).
        var firstAction = await BottomAsync(page, "section.area tr.action");
        var lastOfArea = await page.EvaluateAsync<double>("() => { const rows = document.querySelectorAll('section.area')[0].querySelectorAll('tr.action'); return rows[rows.length - 1].querySelector('.action-text').getBoundingClientRect().bottom + window.scrollY; }");
        Assert.True(overviewBottom < firstAction, "the overview comes before the first area");
        Assert.True(lastOfArea <= 2 * PhoneHeight, $"the first area's last action's text ends at {lastOfArea} px, beyond two screens ({2 * PhoneHeight} px)");
        Assert.Equal(PhoneWidth, await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth"));
    }

    [SkippableFact]
    public async Task Without_JavaScript_the_overdue_filter_is_a_page_of_only_the_overdue_actions()
    {
        Chromium.Require();
        var context = await site.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(site.First("plan").Path));
        var overdue = await page.Locator("tr.action[data-status='overdue']").CountAsync();
        Assert.True(overdue > 0, "the shipped plan has overdue actions at the test's build date");

        await page.Locator(".status-counts a[data-filter='status:overdue']").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/status/overdue/$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Overdue actions");
        await Expect(page.Locator("tr.action")).ToHaveCountAsync(overdue);
        Assert.Equal(0, await page.Locator("tr.action:not([data-status='overdue'])").CountAsync());
        // No status on this page reads "On track": an action past its date shows as overdue.
        Assert.Equal(0, await page.Locator(".action-status .status-on-track").CountAsync());

        // A lead's filter from the bar lists only their actions.
        await page.Locator(".filter-more a[data-filter^='lead:']").First.ClickAsync();
        var leadRows = page.Locator("tr.action");
        Assert.True(await leadRows.CountAsync() > 0);
        await context.CloseAsync();
    }

    [SkippableFact]
    public async Task With_JavaScript_a_filter_narrows_the_plan_in_place_and_All_actions_restores_it()
    {
        Chromium.Require();
        var page = await site.NewPageAsync();
        var planUrl = site.Url(site.First("plan").Path);
        await page.GotoAsync(planUrl);
        var all = await page.Locator("tr.action").CountAsync();
        var overdue = await page.Locator("tr.action[data-status='overdue']").CountAsync();

        await page.Locator(".status-counts a[data-filter='status:overdue']").ClickAsync();
        await Expect(page.Locator("tr.action:visible")).ToHaveCountAsync(overdue);
        Assert.StartsWith(planUrl, page.Url); // filtered in place, not a new page
        Assert.Contains("filter=status%3Aoverdue", page.Url);
        await Expect(page.Locator(".filter-status")).ToContainTextAsync($"Showing {overdue} of {all} actions");

        await page.Locator(".filter-more summary").ClickAsync();
        await page.Locator(".filter-more a[data-filter='all']").ClickAsync();
        await Expect(page.Locator("tr.action:visible")).ToHaveCountAsync(all);
    }

    [SkippableFact]
    public async Task A_link_to_an_action_lands_on_it_highlighted_with_its_details_open()
    {
        Chromium.Require();
        var page = await site.NewPageAsync();
        var planUrl = site.Url(site.First("plan").Path);
        await page.GotoAsync(planUrl + "#action-3-4");
        var row = page.Locator("#action-3-4");
        await Expect(row).ToBeInViewportAsync();
        await Expect(row.Locator("details")).ToHaveAttributeAsync("open", "");
        var background = await row.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.NotEqual("rgba(0, 0, 0, 0)", background);
        // Each action has its own copy link, like a heading.
        await Expect(row.Locator("button.copy-link")).ToHaveCountAsync(1);
    }

    private static Task<int> BottomAsync(IPage page, string selector) =>
        page.EvaluateAsync<int>($"() => Math.round(document.querySelector(\"{selector}\").getBoundingClientRect().bottom + scrollY)");
}
