using System.Text.Json;
using Guidance.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Guidance.Browser.Tests;

/// <summary>
/// Keyboard only: the skip link comes first and moves focus to the main content; every tab stop shows
/// a focus indicator; tabbing reaches every control on the page and out again (no trap).
/// </summary>
public class KeyboardTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    private const string DescribeFocus = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body) return null;
          const s = getComputedStyle(e);
          const r = e.getBoundingClientRect();
          return { key: e.tagName + '|' + (e.getAttribute('href') || e.id || '') + '|' + Math.round(r.top + scrollY) + '|' + Math.round(r.left),
                   outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
                   shown: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth };
        }
        """;

    // Where focus is after each press of Tab, read in the page as the key comes up (focus has moved
    // and scrolled by then) rather than by a script sent after each press: that halves the round
    // trips to chromium, most of the time a walk through 1,400 tab stops takes.
    private const string RecordEachTabStop = $$"""
        () => {
          const describe = {{DescribeFocus}};
          window.__tabStops = [];
          addEventListener('keyup', e => { if (e.key === 'Tab') window.__tabStops.push(describe()); }, true);
        }
        """;

    // Chromium keeps layout boxes for what a closed <details> hides, so those are left out by hand:
    // only a closed details' own summary can take focus.
    private const string CountTabStops = """
        () => {
          const inClosedDetails = e => {
            for (let d = e.parentElement?.closest('details:not([open])'); d; d = d.parentElement?.closest('details:not([open])'))
              if (!(e.tagName === 'SUMMARY' && e.parentElement === d)) return true;
            return false;
          };
          return [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')]
            .filter(e => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden' && !inClosedDetails(e)).length;
        }
        """;

    [SkippableFact]
    public async Task The_skip_link_is_the_first_tab_stop_and_moves_focus_to_the_main_content()
    {
        Chromium.Require();
        var problems = await site.OneOfEachKind().CheckEachAsync(() => site.NewPageAsync(), async (page, sitePage) =>
        {
            await page.GotoAsync(site.Url(sitePage.Path));
            await page.Keyboard.PressAsync("Tab");
            var first = await page.EvaluateAsync<string>("() => document.activeElement.className + ' ' + document.activeElement.textContent");
            Assert.True(first.StartsWith("skip-link", StringComparison.Ordinal), $"{sitePage}: the first tab stop is '{first}'");
            await Assertions.Expect(page.Locator(".skip-link")).ToBeInViewportAsync();
            await page.Keyboard.PressAsync("Enter");
            Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
            return [];
        });
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableFact]
    public async Task Tabbing_reaches_every_control_with_a_visible_focus_indicator_and_leaves_the_page()
    {
        Chromium.Require();
        var problems = await site.OneOfEachKind().CheckEachAsync(() => site.NewPageAsync(), async (page, sitePage) =>
        {
            await page.GotoAsync(site.Url(sitePage.Path));
            var expected = await page.EvaluateAsync<int>(CountTabStops);
            await page.EvaluateAsync(RecordEachTabStop);
            await page.PressTabAsync(expected + 5);
            var visited = new HashSet<string>();
            var leftPage = false;
            foreach (var f in (await page.EvaluateAsync<JsonElement>("() => window.__tabStops")).EnumerateArray())
            {
                if (f.ValueKind != JsonValueKind.Object) { leftPage = true; break; }
                var key = f.GetProperty("key").GetString()!;
                if (!visited.Add(key)) { leftPage = true; break; } // back at the start: focus went round the page
                Assert.True(f.GetProperty("outline").GetBoolean(), $"{sitePage}: no visible focus outline on {key}");
                Assert.True(f.GetProperty("shown").GetBoolean(), $"{sitePage}: focused {key} is not scrolled into view");
            }
            Assert.True(leftPage, $"{sitePage}: focus did not leave the page after {expected + 5} presses of Tab (a keyboard trap?)");
            Assert.True(expected == visited.Count, $"{sitePage}: {expected} tab stops on the page, {visited.Count} reached; the last was {visited.LastOrDefault()}");
            return [];
        });
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
