namespace Guidance.Serve;

/// <summary>
/// Watches folders for changes and calls back once things have been quiet for a moment, so an editor
/// saving several files (or one file in several writes) causes one rebuild, not many. The callback
/// gets the full paths that changed, or null when a change may have been missed.
/// </summary>
public sealed class ContentWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _debounce;
    private readonly Lock _lock = new();
    private HashSet<string>? _changed = new(StringComparer.Ordinal);

    public ContentWatcher(IEnumerable<string> dirs, TimeSpan quiet, Action<IReadOnlyCollection<string>?> changed)
    {
        _debounce = new Timer(_ => changed(Take()), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var dir in dirs.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(dir) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            void Note(string path)
            {
                if (IsEditorScratch(path)) return;
                lock (_lock) _changed?.Add(path);
                _debounce.Change(quiet, Timeout.InfiniteTimeSpan);
            }
            watcher.Changed += (_, e) => Note(e.FullPath);
            watcher.Created += (_, e) => Note(e.FullPath);
            watcher.Deleted += (_, e) => Note(e.FullPath);
            // An editor that saves by renaming a new file over the old one: both names count.
            watcher.Renamed += (_, e) =>
            {
                Note(e.OldFullPath);
                Note(e.FullPath);
            };
            // A lost event (buffer overflow) could hide a change: rebuild everything to be sure.
            watcher.Error += (_, _) =>
            {
                lock (_lock) _changed = null;
                _debounce.Change(quiet, Timeout.InfiniteTimeSpan);
            };
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private HashSet<string>? Take()
    {
        lock (_lock)
        {
            var taken = _changed;
            _changed = new(StringComparer.Ordinal);
            return taken;
        }
    }

    /// <summary>Swap and backup files editors write beside the real one (vim's .swp, emacs' #x# and x~).</summary>
    private static bool IsEditorScratch(string? name)
    {
        var file = Path.GetFileName(name ?? "");
        return file.EndsWith('~') || file.EndsWith(".swp", StringComparison.Ordinal) || file.EndsWith(".swx", StringComparison.Ordinal)
            || file.StartsWith(".#", StringComparison.Ordinal) || (file.StartsWith('#') && file.EndsWith('#'));
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _debounce.Dispose();
    }
}
