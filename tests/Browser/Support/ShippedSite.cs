using Microsoft.Playwright;

namespace Guidance.Browser.Tests.Support;

/// <summary>
/// A browser test class's way to the shipped site and the browser, given to it as its class fixture.
/// Every class shares one build and one chromium (<see cref="ServedSite"/>); each test still gets
/// fresh browser contexts, which this closes when the class is done.
/// </summary>
public sealed class ShippedSite : IAsyncLifetime
{
    private ServedSite _served = null!;
    private readonly List<IBrowserContext> _contexts = [];

    public Uri Address => _served.Address;

    /// <summary>Every built page: its URL path and the page kind from its body class (page-standard ...).</summary>
    public IReadOnlyList<SitePage> Pages => _served.Pages;

    public async Task InitializeAsync()
    {
        if (Chromium.IsInstalled) _served = await ServedSite.Get();
    }

    public async Task DisposeAsync()
    {
        List<IBrowserContext> contexts;
        lock (_contexts) contexts = [.. _contexts];
        foreach (var context in contexts) await context.CloseAsync();
    }

    /// <summary>The absolute URL of a path on the site.</summary>
    public string Url(string path) => new Uri(Address, path).ToString();

    /// <summary>A fresh page in its own context (no shared history, focus or storage).</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        return await context.NewPageAsync();
    }

    /// <summary>A fresh context of the shared browser, closed with this class.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        var context = await _served.Browser.NewContextAsync(options);
        lock (_contexts) _contexts.Add(context);
        return context;
    }

    /// <summary>
    /// One page of each kind, every section index, and the 404 page as a real miss: the pages a
    /// check must cover, found from the built site so the list never goes stale.
    /// </summary>
    public IReadOnlyList<SitePage> OneOfEachKind()
    {
        var pages = Pages.Where(p => p.Kind == "section")
            .Concat(Pages.Where(p => p.Kind is not "section" and not "404").GroupBy(p => p.Kind).Select(g => g.First()))
            .ToList();
        pages.Add(new SitePage("no-such-page/", "404"));
        return pages.OrderBy(p => p.Kind, StringComparer.Ordinal).ThenBy(p => p.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary><see cref="OneOfEachKind"/> and a search page showing results, which its script fills in.</summary>
    public IReadOnlyList<SitePage> OneOfEachKindAndSearchResults() =>
        [.. OneOfEachKind(), new SitePage("search/?q=neglect", SearchResults)];

    /// <summary>Opens the page, waiting on a search results page until its script has shown them.</summary>
    public async Task OpenAsync(IPage page, SitePage sitePage)
    {
        await page.GotoAsync(Url(sitePage.Path));
        if (sitePage.Kind == SearchResults) await page.Locator(".search-result").First.WaitForAsync();
    }

    private const string SearchResults = "search-results";

    public SitePage First(string kind) => Pages.First(p => p.Kind == kind);
}

/// <summary>A built page: its URL path under the server root and its kind (home, standard, section ...).</summary>
public sealed record SitePage(string Path, string Kind)
{
    public override string ToString() => $"{Kind} /{Path}";
}
