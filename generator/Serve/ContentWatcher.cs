namespace Guidance.Serve;

/// <summary>
/// Watches folders for changes and calls back once things have been quiet for a moment, so an editor
/// saving several files (or one file in several writes) causes one rebuild, not many.
/// </summary>
public sealed class ContentWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _debounce;

    public ContentWatcher(IEnumerable<string> dirs, TimeSpan quiet, Action changed)
    {
        _debounce = new Timer(_ => changed(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var dir in dirs.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(dir) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            FileSystemEventHandler onChange = (_, e) => { if (!IsEditorScratch(e.Name)) _debounce.Change(quiet, Timeout.InfiniteTimeSpan); };
            watcher.Changed += onChange;
            watcher.Created += onChange;
            watcher.Deleted += onChange;
            watcher.Renamed += (_, e) => onChange(watcher, e);
            // A lost event (buffer overflow) could hide a change: rebuild to be sure.
            watcher.Error += (_, _) => _debounce.Change(quiet, Timeout.InfiniteTimeSpan);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
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
