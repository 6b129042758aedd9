using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Guidance.Browser.Tests.Support;

/// <summary>
/// axe-core (the copy Deque.AxeCore bundles) run inside the page with every WCAG 2.0, 2.1 and 2.2 A
/// and AA rule, answering with the violations only.
/// </summary>
/// <remarks>
/// Deque's <c>RunAxe</c> runs the same rules, but built for pages with iframes: it runs axe in parts,
/// opens a fresh page to finish the run, and brings every passing check back to .NET. That cost about
/// a second a page, most of the browser tests' time. The site has no iframes (raw HTML may not add
/// one), so axe's own <c>axe.run</c> over the document sees everything; a page that did have a frame
/// fails here rather than being half checked.
/// </remarks>
public static class Axe
{
    private static readonly string[] WcagAA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>
    /// The WCAG AA rules whose answer depends on the colours: all a second colour scheme can change
    /// on a page already checked in the first with every rule at the same size.
    /// </summary>
    public static readonly string[] ColourRules = ["color-contrast", "link-in-text-block"];

    // Wrapped in a function, as Deque does, so the script defines window.axe whatever the page's
    // content security policy says about inline scripts.
    private static readonly string Inject = "() => { if (window.axe) return; " + new BundledAxeScriptProvider().GetScript() + "\n}";

    // resultTypes only trims the detail kept for passes and incomplete checks; every rule still runs.
    private const string Run = """
        async ([type, values]) => {
          const result = await axe.run(document, { runOnly: { type, values }, resultTypes: ['violations'] });
          return result.violations.map(v => ({ id: v.id, impact: v.impact ?? '', help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.html) }));
        }
        """;

    /// <summary>
    /// Each violation on the page as it is now, as one line: where, which rule, what it says and the
    /// offending elements. Every WCAG AA rule, or only the named <paramref name="rules"/>.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, string where, string[]? rules = null)
    {
        if (page.Frames.Count > 1) Assert.Fail($"{where}: the page has {page.Frames.Count - 1} frame(s), which this axe run would not look inside");
        await page.EvaluateAsync(Inject);
        var violations = await page.EvaluateAsync<Violation[]>(Run, rules is null ? new object[] { "tag", WcagAA } : ["rule", rules]);
        return violations.Select(v => $"{where}: {v.Id} ({v.Impact}): {v.Help} at {string.Join("; ", v.Nodes)}").ToList();
    }

    // A class with setters, as Playwright fills in what a script returns.
    private sealed class Violation
    {
        public string Id { get; set; } = "";
        public string Impact { get; set; } = "";
        public string Help { get; set; } = "";
        public string[] Nodes { get; set; } = [];
    }
}
