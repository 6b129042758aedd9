using System.Diagnostics;
using Guidance.Build;
using Guidance.Load;
using Guidance.Model;
using Guidance.Render;

namespace Guidance.Serve;

/// <summary>
/// <c>guidance serve</c> at work: builds the site in memory, serves it, and rebuilds whenever the
/// content or layouts change. A failed rebuild keeps the last good site and shows its errors in the
/// terminal and on the page. It writes nothing to disk, least of all into the content folder.
/// <para>
/// An edit to a page is shown at once: the page alone is rendered against the last build
/// (<see cref="PageRefresh"/>) and open pages reload. The whole site is then built again in the
/// background, as before, so the pages that list the edited one, search and every diagnostic follow;
/// it reloads open pages only if it shows something the quick render did not (its problems).
/// </para>
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    /// <summary>How long the files must be quiet before a rebuild, so one save makes one rebuild.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);

    private readonly BuildOptions _options;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly Lock _building = new();
    /// <summary>Guards the quick path, the refresh it uses and the files it showed.</summary>
    private readonly Lock _quick = new();
    private readonly Lock _queue = new();
    private bool _queued;
    private bool _running;
    private PageRefresh? _refresh;
    /// <summary>Pages the quick path showed that no whole build has included yet, by path, with how many builds had started before.</summary>
    private readonly Dictionary<string, (OutputFile File, int After)> _shown = new(StringComparer.Ordinal);
    private int _starts;
    private IReadOnlyList<string> _lastReported = [];
    private PreviewServer? _server;
    private ContentWatcher? _watcher;

    private PreviewSession(BuildOptions options, TextWriter stdout, TextWriter stderr)
    {
        _options = options;
        // Written from the watcher's quick path and from the background build alike.
        _stdout = TextWriter.Synchronized(stdout);
        _stderr = TextWriter.Synchronized(stderr);
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
        session._watcher = new ContentWatcher([options.ContentDir, .. layouts is null ? Array.Empty<string>() : [layouts]], Quiet, session.Changed);
        return session;
    }

    /// <summary>Files changed (null: perhaps anything): show an edited page at once, then rebuild the whole site in the background.</summary>
    private void Changed(IReadOnlyCollection<string>? paths)
    {
        if (paths is not null) ShowQuickly(paths);
        lock (_queue)
        {
            _queued = true;
            if (_running) return; // the running loop builds again when it is done
            _running = true;
        }
        _ = Task.Run(() =>
        {
            while (true)
            {
                lock (_queue)
                {
                    if (!_queued)
                    {
                        _running = false;
                        return;
                    }
                    _queued = false;
                }
                Rebuild();
            }
        });
    }

    /// <summary>Renders the edited pages against the last good build and publishes them, if the edit allows it (<see cref="PageRefresh"/>).</summary>
    private void ShowQuickly(IReadOnlyCollection<string> paths)
    {
        lock (_quick)
        {
            var clock = Stopwatch.StartNew();
            var state = Live.Current;
            if (state.Site is null || state.Problems.Count > 0 || _refresh?.TryRender(paths) is not { } files) return;
            foreach (var file in files) _shown[file.Path] = (file, _starts);
            Live.Publish(state.Site.With(files), []);
            _stdout.WriteLine($"Showed {string.Join(", ", files.Select(f => f.Path))} after {clock.ElapsedMilliseconds} ms; checking the whole site.");
        }
    }

    /// <summary>Builds the site again and publishes the outcome; rebuilds never overlap.</summary>
    public SiteState Rebuild()
    {
        lock (_building)
        {
            int build;
            lock (_quick) build = ++_starts;
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
                lock (_quick)
                {
                    _refresh?.Dispose();
                    _refresh = result.Refresh;
                    return Live.Publish(WithLaterEdits(snapshot, build, out var onlyCatchingUp), [], announce: !onlyCatchingUp);
                }
            }
            result?.Refresh?.Dispose();

            var problems = failure is not null ? [failure] : new Diagnostics.DiagnosticReport(result!.Diagnostics).Lines().Where(l => !l.Contains(": warning GV", StringComparison.Ordinal)).ToList();
            var lastGood = Live.Current.Site;
            _stderr.WriteLine(failure ?? $"Build failed ({result!.Counts}).");
            _stderr.WriteLine(lastGood is null ? "Nothing to serve until the site builds." : "Still serving the last good site.");
            return Live.Publish(lastGood, problems);
        }
    }

    /// <summary>
    /// A whole build's site, with the pages the quick path showed after the build began put back on it
    /// (the build may have read them before the edit; the build queued by that edit includes them).
    /// <paramref name="onlyCatchingUp"/> when the build shows exactly what the quick path already showed
    /// of the pages it includes, so open pages need not reload.
    /// </summary>
    private SiteSnapshot WithLaterEdits(SiteSnapshot built, int build, out bool onlyCatchingUp)
    {
        var included = _shown.Values.Where(s => s.After < build).ToList();
        var later = _shown.Values.Where(s => s.After >= build).Select(s => s.File).ToList();
        onlyCatchingUp = included.Count > 0 && Live.Current.Problems.Count == 0
            && included.All(s => built.Find(s.File.Path) is { } bytes && bytes.AsSpan().SequenceEqual(s.File.Bytes));
        foreach (var s in included) _shown.Remove(s.File.Path);
        return later.Count > 0 ? built.With(later) : built;
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
        lock (_building) lock (_quick) _refresh?.Dispose();
    }
}
