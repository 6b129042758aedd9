using Microsoft.Playwright;

namespace Guidance.Browser.Tests.Support;

/// <summary>One check run over many pages of the site, a few pages at a time.</summary>
public static class PageChecks
{
    /// <summary>
    /// Pages checked at once. Most of a check is round trips to chromium (a Tab press, a script),
    /// which wait rather than work; a few lanes keep two cores busy without crowding them.
    /// </summary>
    public const int Lanes = 3;

    /// <summary>
    /// Runs <paramref name="check"/> on every page, shared round the lanes; each lane is one fresh
    /// page from <paramref name="newPage"/>, reused for its share as a test walking the pages in turn
    /// would reuse one. Returns every problem found on every page: the lines the check returns, and a
    /// failed assertion or timeout as one line naming its page
    /// (once: an assertion's message may name it already).
    /// </summary>
    public static async Task<List<string>> CheckEachAsync(
        this IReadOnlyList<SitePage> pages, Func<Task<IPage>> newPage, Func<IPage, SitePage, Task<IEnumerable<string>>> check)
    {
        var found = new List<string>[pages.Count];
        await Task.WhenAll(Enumerable.Range(0, Math.Min(Lanes, pages.Count)).Select(async lane =>
        {
            var page = await newPage();
            for (var i = lane; i < pages.Count; i += Lanes)
            {
                try { found[i] = [.. await check(page, pages[i])]; }
                catch (Exception e) when (e is Xunit.Sdk.XunitException or PlaywrightException or TimeoutException)
                {
                    var where = pages[i] + ": ";
                    found[i] = [e.Message.StartsWith(where, StringComparison.Ordinal) ? e.Message : where + e.Message];
                }
            }
        }));
        return found.SelectMany(f => f).ToList();
    }
}
