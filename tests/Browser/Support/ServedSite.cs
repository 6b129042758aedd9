using System.Text.RegularExpressions;
using Guidance.Build;
using Guidance.Serve;
using Guidance.Tests.Support;
using Microsoft.Playwright;

namespace Guidance.Browser.Tests.Support;

/// <summary>
/// The shipped content built once (from a copy, with a fixed date), served on 127.0.0.1 by the
/// preview server's static mode, and one chromium: made once for the whole test run.
/// </summary>
/// <remarks>
/// xunit 2 has no fixture for a whole assembly, and the classes of one collection run one after
/// another; so the first class to ask starts this, every other class waits for the same task, and
/// the classes run side by side. It is closed as the test process ends.
/// </remarks>
internal sealed partial class ServedSite
{
    public static readonly DateOnly BuildDate = new(2025, 3, 1);

    private static readonly Lazy<Task<ServedSite>> Shared = new(StartAsync);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "guidance-browser-" + Guid.NewGuid().ToString("N")[..12]);
    private PreviewServer _server = null!; // stops with the process
    private IPlaywright _playwright = null!;

    private ServedSite() { }

    public string Output => Path.Combine(_root, "output");

    /// <summary>Every built page: its URL path and the page kind from its body class (page-standard ...).</summary>
    public IReadOnlyList<SitePage> Pages { get; private set; } = [];
    public Uri Address => _server.Address;
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The one served site and browser of this run; a failure to build or launch fails every test that asks.</summary>
    public static Task<ServedSite> Get() => Shared.Value;

    private static async Task<ServedSite> StartAsync()
    {
        var site = new ServedSite();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => site.Close();
        Folders.Copy(Repo.Content, Path.Combine(site._root, "content"));
        Folders.Copy(Path.Combine(Repo.Root, "layouts"), Path.Combine(site._root, "layouts"));
        var result = SiteBuild.Run(new BuildOptions(Path.Combine(site._root, "content"), site.Output, BuildDate));
        if (!result.Succeeded)
            throw new InvalidOperationException("the shipped content does not build:\n" + string.Join("\n", result.Diagnostics));
        site.Pages = FindPages(site.Output, result.BaseUrl);
        site._server = await PreviewServer.StartAsync(new LiveSite(SiteState.Of(SiteSnapshot.FromDirectory(site.Output, result.BaseUrl)), liveReload: false), 0);
        (site._playwright, site.Browser) = await Chromium.LaunchAsync();
        return site;
    }

    // As the process ends, and perhaps cut short: the test runner may stop the process soon after
    // the last test. So the temporary folder goes first; the Playwright driver takes chromium with it anyway.
    private void Close()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        try { Browser?.CloseAsync().Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { } catch (PlaywrightException) { }
        _playwright?.Dispose();
    }

    private static List<SitePage> FindPages(string output, string baseUrl) =>
        Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Select(file => (File: Path.GetRelativePath(output, file).Replace('\\', '/'), Match: BodyClass().Match(File.ReadAllText(file))))
            .Where(f => f.Match.Success)
            .Select(f => new SitePage(baseUrl.TrimStart('/') + (f.File.EndsWith("index.html", StringComparison.Ordinal) ? f.File[..^"index.html".Length] : f.File), f.Match.Groups[1].Value))
            .OrderBy(p => p.Path, StringComparer.Ordinal)
            .ToList();

    [GeneratedRegex("<body class=\"page-([a-z0-9-]+)")]
    private static partial Regex BodyClass();
}
