using System.Net;
using Guidance.Build;
using Guidance.Serve;
using Guidance.Tests.Support;

namespace Guidance.Tests.Serve;

/// <summary>
/// <c>guidance serve</c> over real HTTP on a copy of the valid fixture site: what it serves, that an
/// edit is rebuilt and announced, that a broken edit keeps the last good site, and that it writes
/// nothing into the content folder.
/// </summary>
public sealed class PreviewSessionTests : IAsyncLifetime
{
    private const string Page = "guidance/standards/supervision/"; // the fixture's base path is /guidance/
    private const string Source = "standards/supervision.md";
    private readonly TempSite _site = TempSite.From();
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(20) };
    private PreviewSession _session = null!;

    public async Task InitializeAsync()
    {
        _session = await PreviewSession.StartAsync(new BuildOptions(_site.Content, null, new DateOnly(2024, 6, 1)), 0, _stdout, _stderr);
        _http.BaseAddress = _session.Address;
    }

    public async Task DisposeAsync()
    {
        await _session.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task Listens_on_the_loopback_address_only()
    {
        Assert.Equal("127.0.0.1", _session.Address.Host);
        Assert.Contains("Built ", _stdout.ToString());
        var response = await _http.GetAsync(Page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task Answers_a_permanent_link_from_the_redirect_map_with_a_301_as_a_configured_server_would()
    {
        foreach (var address in new[] { "guidance/id/supervision/?from=record", "guidance/id/supervision?from=record" })
        {
            var response = await _http.GetAsync(address);
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal("/guidance/standards/supervision/?from=record", response.Headers.Location!.OriginalString);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("guidance/id/no-such-page/")).StatusCode);
    }

    [Fact]
    public async Task Serves_folder_urls_under_the_base_path_redirects_bare_ones_and_answers_unknown_urls_with_the_404_page()
    {
        Assert.Contains("Supervision and management oversight", await _http.GetStringAsync(Page));
        var bare = await _http.GetAsync("guidance/standards/supervision");
        Assert.Equal(HttpStatusCode.Redirect, bare.StatusCode);
        Assert.Equal("/guidance/standards/supervision/", bare.Headers.Location!.OriginalString);
        var root = await _http.GetAsync("");
        Assert.Equal("/guidance/", root.Headers.Location!.OriginalString);
        var missing = await _http.GetAsync("guidance/no/such/page/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("page-404", await missing.Content.ReadAsStringAsync());
        var css = await _http.GetAsync("guidance/assets/site.css");
        Assert.Equal("text/css; charset=utf-8", css.Content.Headers.ContentType!.ToString());
        var pdf = await _http.GetAsync("guidance/form.pdf");
        Assert.Equal(File.ReadAllBytes(Path.Combine(_site.Content, "static/form.pdf")), await pdf.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Injects_the_reload_script_into_served_pages_but_never_into_built_output()
    {
        Assert.Contains(PreviewMarkup.EventsPath, await _http.GetStringAsync(Page));
        Assert.Equal(0, _site.Build().ExitCode);
        var built = Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(built);
        Assert.All(built, file => Assert.DoesNotContain("__guidance", File.ReadAllText(file)));
    }

    [Fact]
    public async Task An_edit_is_rebuilt_and_announced_to_open_pages()
    {
        var stream = await OpenEventsAsync(_session.Live.Current.Version);
        _site.Write(Source, File.ReadAllText(Path.Combine(_site.Content, Source)).Replace("at least every 4 weeks", "at least every 3 weeks"));

        Assert.StartsWith("event: reload", await ReadEventAsync(stream));
        await WaitForAsync(async () => (await _http.GetStringAsync(Page)).Contains("at least every 3 weeks"));
    }

    [Fact]
    public async Task An_edit_to_a_page_is_shown_by_rendering_that_page_alone_then_the_whole_site_catches_up_without_another_reload()
    {
        var version = _session.Live.Current.Version;
        _site.Write(Source, File.ReadAllText(Path.Combine(_site.Content, Source)).Replace("at least every 4 weeks", "at least every 2 weeks"));

        await WaitForAsync(() => Task.FromResult(_stdout.ToString().Contains("Showed standards/supervision/index.html after ", StringComparison.Ordinal)));
        Assert.Contains("at least every 2 weeks", await _http.GetStringAsync(Page));
        Assert.Equal(version + 1, _session.Live.Current.Version);
        // The whole build that follows shows the same page, so open pages are not reloaded again.
        await WaitForAsync(() => Task.FromResult(_stdout.ToString().Split("Showed ")[1].Contains("Built ", StringComparison.Ordinal)));
        Assert.Equal(version + 1, _session.Live.Current.Version);
        Assert.Contains("at least every 2 weeks", await _http.GetStringAsync(Page));
    }

    [Fact]
    public async Task A_new_page_is_left_to_the_whole_build()
    {
        _site.Write("guides/new-guide.md", "---\ntitle: A new guide\nsummary: New.\nowner: psw\nreviewed: 2024-03-01\nreview_due: 2026-03-01\n---\nBody.\n");
        await WaitForAsync(async () => (await _http.GetAsync("guidance/guides/new-guide/")).StatusCode == HttpStatusCode.OK);
        Assert.DoesNotContain("Showed ", _stdout.ToString());
    }

    [Fact]
    public async Task A_page_that_missed_a_rebuild_is_told_at_once()
    {
        var stale = _session.Live.Current.Version;
        _session.Rebuild();
        var stream = await OpenEventsAsync(stale);
        Assert.Equal($"event: reload\ndata: {stale + 1}", await ReadEventAsync(stream));
    }

    [Fact]
    public async Task A_broken_edit_shows_its_errors_and_keeps_serving_the_last_good_site()
    {
        var text = File.ReadAllText(Path.Combine(_site.Content, Source));
        _site.Write(Source, text.Replace("owner: psw", "owner: nobody-we-know"));

        await WaitForAsync(async () => (await _http.GetStringAsync(Page)).Contains(PreviewMarkup.ProblemsId));
        var html = await _http.GetStringAsync(Page);
        Assert.Contains("Supervision and management oversight", html);
        Assert.Contains("nobody-we-know", html);
        Assert.Contains("role=\"alert\"", html);
        Assert.Contains("error GV", _stderr.ToString());
        Assert.Contains("Still serving the last good site.", _stderr.ToString());

        _site.Write(Source, text);
        await WaitForAsync(async () => !(await _http.GetStringAsync(Page)).Contains(PreviewMarkup.ProblemsId));
    }

    /// <summary>The inputs that once crashed the build, and so the server: each now leaves the last good site served.</summary>
    public static TheoryData<string, string, string> CrashingInputs()
    {
        var inputs = new TheoryData<string, string, string>();
        foreach (var row in EndToEnd.FaultInjectionTests.CrashingPages())
            inputs.Add((string)row[0], "---\ntitle: Deep\nowner: psw\nreview_due: 2030-01-01\n---\n" + (string)row[1] + "\n", (string)row[2]);
        inputs.Add("front matter 100,000 deep", "---\ntitle: Deep\ntags: " + new string('[', 100_000) + "x\n---\nBody.\n", "GV043");
        inputs.Add("a blank title", "---\ntitle: \"  \"\nowner: psw\nreview_due: 2030-01-01\n---\nBody.\n", "GV003");
        return inputs;
    }

    [Theory]
    [MemberData(nameof(CrashingInputs))]
    public async Task An_input_that_once_crashed_the_build_leaves_the_last_good_site_served(string what, string page, string code)
    {
        Assert.NotEmpty(what);
        _site.Write("guides/deep.md", page);
        _session.Rebuild();

        var response = await _http.GetAsync(Page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Supervision and management oversight", html);
        Assert.Contains(PreviewMarkup.ProblemsId, html);
        Assert.Contains($"error {code}", _stderr.ToString());
        Assert.DoesNotContain("   at ", _stderr.ToString());
    }

    [Fact]
    public async Task Writes_nothing_into_the_content_folder()
    {
        var before = TempSite.Snapshot(_site.Content);
        _session.Rebuild();
        await _http.GetStringAsync(Page);
        Assert.Equal(before.Keys, TempSite.Snapshot(_site.Content).Keys);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public async Task When_the_first_build_fails_it_serves_the_problems_with_503()
    {
        using var broken = TempSite.From();
        broken.Write(Source, File.ReadAllText(Path.Combine(broken.Content, Source)).Replace("owner: psw", "owner: nobody-we-know"));
        await using var session = await PreviewSession.StartAsync(new BuildOptions(broken.Content, null, new DateOnly(2024, 6, 1)), 0, TextWriter.Null, TextWriter.Null);
        using var http = new HttpClient { BaseAddress = session.Address };

        var response = await http.GetAsync(Page);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Nothing has built yet", html);
        Assert.Contains("nobody-we-know", html);
    }

    private async Task<StreamReader> OpenEventsAsync(int version)
    {
        var response = await _http.GetAsync($"{PreviewMarkup.EventsPath.TrimStart('/')}?v={version}", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal("retry: 1000", await reader.ReadLineAsync());
        Assert.Equal("", await reader.ReadLineAsync());
        return reader;
    }

    /// <summary>The next event's lines, up to the blank line that ends it.</summary>
    private static async Task<string> ReadEventAsync(StreamReader reader)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var lines = new List<string>();
        while (await reader.ReadLineAsync(timeout.Token) is { Length: > 0 } line) lines.Add(line);
        return string.Join("\n", lines);
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the change was not served within 15 s");
            await Task.Delay(50);
        }
    }
}
