using System.Diagnostics;
using Guidance.Build;
using Guidance.Load;
using Guidance.Render;

namespace Guidance.Serve;

/// <summary>
/// <c>guidance serve</c> at work: builds the site in memory, serves it, and rebuilds whenever the
/// content or layouts change. A failed rebuild keeps the last good site and shows its errors in the
/// terminal and on the page. It writes nothing to disk, least of all into the content folder.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    /// <summary>How long the files must be quiet before a rebuild, so one save makes one rebuild.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);

    private readonly BuildOptions _options;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly Lock _building = new();
    private IReadOnlyList<string> _lastReported = [];
    private PreviewServer? _server;
    private ContentWatcher? _watcher;

    private PreviewSession(BuildOptions options, TextWriter stdout, TextWriter stderr)
    {
        _options = options;
        _stdout = stdout;
        _stderr = stderr;
        Live = new LiveSite(new SiteState(null, [], 0), liveReload: true);
    }

    public LiveSite Live { get; }

    public Uri Address => _server?.Address ?? throw new InvalidOperationException("the session has not started");

    /// <summary>Builds once, then serves and watches. Throws <see cref="IOException"/> when the port is taken.</summary>
    public static async Task<PreviewSession> StartAsync(BuildOptions options, int port, TextWriter stdout, TextWriter stderr)
    {
        var session = new PreviewSession(options, stdout, stderr);
        session.Rebuild();
        session._server = await PreviewServer.StartAsync(session.Live, port);
        var layouts = options.LayoutsDir ?? SiteBuild.DefaultLayouts(options.ContentDir);
        session._watcher = new ContentWatcher([options.ContentDir, .. layouts is null ? Array.Empty<string>() : [layouts]], Quiet, () => session.Rebuild());
        return session;
    }

    /// <summary>Builds the site again and publishes the outcome; rebuilds never overlap.</summary>
    public SiteState Rebuild()
    {
        lock (_building)
        {
            var clock = Stopwatch.StartNew();
            BuildResult? result = null;
            SiteSnapshot? snapshot = null;
            string? failure = null;
            try
            {
                result = SiteBuild.RenderInMemory(_options);
                if (result.Succeeded) snapshot = SiteSnapshot.FromBuild(result);
            }
            catch (LayoutException ex)
            {
                failure = ex.Message;
            }
            catch (Exception ex) when (ex is ContentReadException or IOException or UnauthorizedAccessException)
            {
                failure = $"guidance: {ex.Message}";
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Whatever an edit does, the server goes on serving the last good site and says why it could not build.
                failure = $"guidance: the build stopped unexpectedly ({ex.GetType().Name}: {ex.Message})";
            }

            ReportDiagnostics(result);
            if (snapshot is not null)
            {
                _stdout.WriteLine($"Built {result!.PagesMade} in {clock.ElapsedMilliseconds} ms ({result.Counts}).");
                return Live.Publish(snapshot, []);
            }

            var problems = failure is not null ? [failure] : new Diagnostics.DiagnosticReport(result!.Diagnostics).Lines().Where(l => !l.Contains(": warning GV", StringComparison.Ordinal)).ToList();
            var lastGood = Live.Current.Site;
            _stderr.WriteLine(failure ?? $"Build failed ({result!.Counts}).");
            _stderr.WriteLine(lastGood is null ? "Nothing to serve until the site builds." : "Still serving the last good site.");
            return Live.Publish(lastGood, problems);
        }
    }

    /// <summary>Prints the diagnostics when they differ from the last build's, so an unrelated edit doesn't repeat every warning.</summary>
    private void ReportDiagnostics(BuildResult? result)
    {
        var lines = result is null ? [] : new Diagnostics.DiagnosticReport(result.Diagnostics).Lines().ToList();
        if (lines.SequenceEqual(_lastReported)) return;
        foreach (var line in lines) _stderr.WriteLine(line);
        _lastReported = lines;
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
    }
}
