using System.Text.RegularExpressions;
using Guidance.Serve;
using Guidance.Tests.Support;
using Microsoft.Playwright;

namespace Guidance.Browser.Tests.Support;

/// <summary>
/// The shipped content built once (from a copy, with a fixed date) and served on 127.0.0.1 by the
/// preview server's static mode, plus one chromium for every browser test.
/// </summary>
public sealed partial class ShippedSite : IAsyncLifetime
{
    public static readonly DateOnly BuildDate = new(2025, 3, 1);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "guidance-browser-" + Guid.NewGuid().ToString("N")[..12]);
    private PreviewServer? _server;
    private IPlaywright? _playwright;

    public string Output => Path.Combine(_root, "output");

    public IBrowser Browser { get; private set; } = null!;

    public Uri Address => _server?.Address ?? throw new InvalidOperationException("the site is not served");

    /// <summary>Every built page: its URL path and the page kind from its body class (page-standard ...).</summary>
    public IReadOnlyList<SitePage> Pages { get; private set; } = [];

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled) return;
        Folders.Copy(Repo.Content, Path.Combine(_root, "content"));
        Folders.Copy(Path.Combine(Repo.Root, "layouts"), Path.Combine(_root, "layouts"));
        var result = SiteBuild.Run(new BuildOptions(Path.Combine(_root, "content"), Output, BuildDate));
        if (!result.Succeeded)
            throw new InvalidOperationException("the shipped content does not build:\n" + string.Join("\n", result.Diagnostics));
        Pages = FindPages(Output, result.BaseUrl);
        _server = await PreviewServer.StartAsync(new LiveSite(SiteState.Of(SiteSnapshot.FromDirectory(Output, result.BaseUrl)), liveReload: false), 0);
        (_playwright, Browser) = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    /// <summary>The absolute URL of a path on the site.</summary>
    public string Url(string path) => new Uri(Address, path).ToString();

    /// <summary>A fresh page in its own context (no shared history, focus or storage).</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        return await context.NewPageAsync();
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

    public SitePage First(string kind) => Pages.First(p => p.Kind == kind);

    private static List<SitePage> FindPages(string output, string baseUrl) =>
        Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Select(file => (File: Path.GetRelativePath(output, file).Replace('\\', '/'), Match: BodyClass().Match(File.ReadAllText(file))))
            .Where(f => f.Match.Success && f.Match.Groups[1].Value != "redirect")
            .Select(f => new SitePage(baseUrl.TrimStart('/') + (f.File.EndsWith("index.html", StringComparison.Ordinal) ? f.File[..^"index.html".Length] : f.File), f.Match.Groups[1].Value))
            .OrderBy(p => p.Path, StringComparer.Ordinal)
            .ToList();

    [GeneratedRegex("<body class=\"page-([a-z0-9-]+)")]
    private static partial Regex BodyClass();
}

/// <summary>A built page: its URL path under the server root and its kind (home, standard, section ...).</summary>
public sealed record SitePage(string Path, string Kind)
{
    public override string ToString() => $"{Kind} /{Path}";
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<ShippedSite>
{
    public const string Name = "browser";
}
