namespace Guidance.Serve;

/// <summary>
/// The current <see cref="SiteState"/>, swapped whole on each rebuild, and a way to wait for the next
/// one (the live-reload stream waits here).
/// </summary>
public sealed class LiveSite(SiteState initial, bool liveReload)
{
    private readonly Lock _lock = new();
    private SiteState _current = initial;
    private TaskCompletionSource _changed = NewSignal();

    /// <summary>Whether served pages get the reload script (preview) or are served exactly as built.</summary>
    public bool LiveReload { get; } = liveReload;

    public SiteState Current
    {
        get { lock (_lock) return _current; }
    }

    /// <summary>
    /// Replaces the state with the next version and wakes everyone waiting for a change; with
    /// <paramref name="announce"/> false, swaps the site in quietly (same version, no reload), for a
    /// build that only brings other pages up to date with what open pages already show.
    /// </summary>
    public SiteState Publish(SiteSnapshot? site, IReadOnlyList<string> problems, bool announce = true)
    {
        TaskCompletionSource? woken = null;
        SiteState next;
        lock (_lock)
        {
            next = new SiteState(site, problems, announce ? _current.Version + 1 : _current.Version);
            _current = next;
            if (announce)
            {
                woken = _changed;
                _changed = NewSignal();
            }
        }
        woken?.SetResult();
        return next;
    }

    /// <summary>Completes as soon as the version is no longer <paramref name="seen"/>.</summary>
    public async Task<SiteState> ChangedSinceAsync(int seen, CancellationToken cancel)
    {
        while (true)
        {
            Task signal;
            lock (_lock)
            {
                if (_current.Version != seen) return _current;
                signal = _changed.Task;
            }
            await signal.WaitAsync(cancel);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
