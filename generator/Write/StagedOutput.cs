using System.Collections.Concurrent;
using Guidance.Model;

namespace Guidance.Write;

/// <summary>
/// The write stage. A site is written into a folder beside the output and swapped in by <see cref="Commit"/>
/// only when every file is written; disposed uncommitted, the last good output is left exactly as it
/// was. Files are handed to <see cref="Add"/> as soon as they are made (pages while the rest are still
/// rendering) and written by threads of its own, so waiting on the disk overlaps with rendering on
/// the CPU and no page's text is kept once it is on disk.
/// <para>
/// The folder the swap retires is kept (as <c>.output.previous</c>) and becomes the next build's
/// staging folder: a file whose bytes are already there is left alone, files the new build does not
/// make are deleted, and folders already exist. Creating and deleting tens of thousands of files
/// and folders on every build was most of a large site's build time; a rebuild now writes only what
/// changed, and a deploy that copies changed files (rsync) sees only those. Each folder's
/// <see cref="OutputRecord"/> lets the next build know unchanged files, and stale ones
/// (<see cref="StaleFiles"/>), without reading or walking the folder.
/// </para>
/// </summary>
public sealed class StagedOutput : IOutputSink, IDisposable
{
    private const int Writers = 16;

    private readonly string _outDir;
    private readonly string _target;
    private readonly string _staging;
    private readonly string _retired;
    private readonly BlockingCollection<OutputFile> _queue = new(boundedCapacity: 256);
    /// <summary>What the reused staging folder held when the build began, as its record says; null without a record.</summary>
    private readonly OutputRecord? _previous;
    /// <summary>Every file this build made, with its stamp once written: the new output's record.</summary>
    private readonly OutputRecord _made = new();
    private readonly Thread[] _writers;
    /// <summary>True when the staging folder was made empty (no retired folder to reuse).</summary>
    private readonly bool _fresh;
    /// <summary>Folders known to exist in the staging folder, so each is made once.</summary>
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    /// <summary>Every path handed to <see cref="Add"/>, so no file of the site silently replaces another.</summary>
    private readonly ConcurrentDictionary<string, byte> _claimed = new(StringComparer.Ordinal);
    private Exception? _failure;
    private bool _committed;

    private StagedOutput(string outDir, string target, string staging, string retired, OutputRecord? previous, bool fresh)
    {
        (_outDir, _target, _staging, _retired, _previous, _fresh) = (outDir, target, staging, retired, previous, fresh);
        _writers = Enumerable.Range(0, Writers).Select(_ => new Thread(WriteQueued) { IsBackground = true, Name = "guidance writer" }).ToArray();
        foreach (var writer in _writers) writer.Start();
    }

    /// <summary>Starts writing a site to <paramref name="outDir"/>, after checking it is safe to replace.</summary>
    public static StagedOutput Begin(string outDir, params string[] protectedDirs)
    {
        // "out/" and "out" are the same folder; the swap works on its name.
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir));
        RefuseDangerousTarget(outDir, target, protectedDirs);
        var parent = Path.GetDirectoryName(target) ?? throw new OutputException($"cannot write to '{outDir}'");
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.building-{Environment.ProcessId}");
        var retired = Path.Combine(parent, $".{name}.previous");
        OutputRecord? previous = null;
        var fresh = false;
        try
        {
            Directory.CreateDirectory(parent);
            DeadBuilds.Clear(parent, name);
            ParallelFiles.DeleteTree(staging);
            if (Reuse(retired, staging)) previous = OutputRecord.Read(RecordOf(retired));
            else
            {
                Directory.CreateDirectory(staging);
                fresh = true;
            }
            // The folder it described is now being changed: from here on the record would mislead.
            File.Delete(RecordOf(retired));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputException($"cannot write the site to '{outDir}': {ex.Message}");
        }
        return new StagedOutput(outDir, target, staging, retired, previous, fresh);
    }

    /// <summary>Where the record of a folder's files is kept: beside it, <c>.output.files</c> for <c>output/</c>.</summary>
    private static string RecordOf(string folder) =>
        Path.Combine(Path.GetDirectoryName(folder)!, (Path.GetFileName(folder).StartsWith('.') ? "" : ".") + Path.GetFileName(folder) + ".files");

    /// <summary>Claims the site the last swap retired as this build's staging folder; false when there is none to claim.</summary>
    private static bool Reuse(string retired, string staging)
    {
        if (!Directory.Exists(retired)) return false;
        try
        {
            // A rename is atomic: if another build claimed it first, this one starts from empty.
            Directory.Move(retired, staging);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Queues a file to be written and returns its path alone; returns at once unless many are already waiting. Thread-safe.</summary>
    public OutputFile Add(OutputFile file)
    {
        if (file.IsWritten) return file;
        var kept = OutputFile.Written(file.Path);
        if (_failure is not null) return kept;
        // Validation reports addresses claimed twice at their place in the content; this holds if one got past it.
        if (!_claimed.TryAdd(file.Path, 0))
        {
            Interlocked.CompareExchange(ref _failure, new OutputException($"refusing to write the site: two of its files claim '{file.Path}'"), null);
            return kept;
        }
        _queue.Add(file);
        return kept;
    }

    /// <summary>Waits for every queued file, then swaps the new site in and deletes the old one.</summary>
    public void Commit()
    {
        Drain();
        try
        {
            if (_failure is not null) throw _failure;
            // A reused folder still holds the files and folders of pages since removed or moved.
            StaleFiles.Remove(_staging, _made, _previous);
            // Swap: the new site takes the output's name and the old one moves aside (with its record),
            // where the next build will reuse it. Where the system can exchange two folders in one step,
            // the output's name holds the old site or the new one at every instant, even if the build is killed.
            ParallelFiles.DeleteTree(_retired);
            if (Directory.Exists(_target))
            {
                if (FolderSwap.TryExchange(_staging, _target)) Directory.Move(_staging, _retired);
                else
                {
                    Directory.Move(_target, _retired);
                    Directory.Move(_staging, _target);
                }
                if (File.Exists(RecordOf(_target))) File.Move(RecordOf(_target), RecordOf(_retired), overwrite: true);
            }
            else Directory.Move(_staging, _target);
            _committed = true;
            _made.Write(RecordOf(_target));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (!Directory.Exists(_target) && Directory.Exists(_retired)) Directory.Move(_retired, _target);
            throw new OutputException($"cannot write the site to '{_outDir}': {ex.Message}");
        }
    }

    public void Dispose()
    {
        Drain();
        if (_committed) return;
        try { ParallelFiles.DeleteTree(_staging); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>
    /// The swap replaces the whole output folder, so it must never be a folder the user cares about:
    /// not the content or layouts, a folder holding them or a folder inside them (an output inside
    /// content/static would publish itself again on every build), and not a non-empty folder that
    /// some earlier build did not write.
    /// </summary>
    private static void RefuseDangerousTarget(string outDir, string target, string[] protectedDirs)
    {
        foreach (var dir in protectedDirs.Select(d => Path.TrimEndingDirectorySeparator(Path.GetFullPath(d))))
        {
            if (OutputPaths.IsSameOrInside(target, dir))
                throw new OutputException($"refusing to write the site to '{outDir}': it would replace '{dir}'. Choose an output folder of its own, such as output/");
            if (OutputPaths.IsInside(dir, target))
                throw new OutputException($"refusing to write the site to '{outDir}': it lies inside '{dir}', which the build reads. Choose an output folder outside it, such as output/");
        }
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !File.Exists(Path.Combine(target, SitePaths.Sitemap)))
            throw new OutputException($"refusing to replace '{outDir}': it is not empty and was not written by guidance (it has no {SitePaths.Sitemap}). Choose an empty or new folder");
    }

    private void Drain()
    {
        if (!_queue.IsAddingCompleted) _queue.CompleteAdding();
        foreach (var writer in _writers) writer.Join();
    }

    private void WriteQueued()
    {
        foreach (var file in _queue.GetConsumingEnumerable())
        {
            if (_failure is not null) continue; // keep taking, so no producer waits on a full queue
            try
            {
                var path = OutputPaths.Inside(_staging, file.Path);
                var bytes = file.CopyFrom is not null ? File.ReadAllBytes(file.CopyFrom) : file.Bytes!;
                var hash = OutputRecord.Hash(bytes);
                // A staging folder made empty holds nothing to compare with: no need to look.
                var onDisk = _fresh ? null : new FileInfo(path);
                var written = onDisk is not null && AlreadyHolds(file.Path, onDisk, bytes, hash)
                    ? onDisk.LastWriteTimeUtc.Ticks
                    : WriteFile(path, bytes);
                _made.Set(file.Path, new FileStamp(hash, bytes.Length, written));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or OutputException)
            {
                Interlocked.CompareExchange(ref _failure, ex, null);
            }
        }
    }

    /// <summary>
    /// Writes a file, making its folder first unless this build already made or found it, and returns
    /// its time on disk, read from the open file. (A fresh 10,000-page build writes 31,000 files, so each
    /// system call saved per file counts; file locking is off for the same reason, see Guidance.csproj.)
    /// </summary>
    private long WriteFile(string path, byte[] bytes)
    {
        var folder = Path.GetDirectoryName(path)!;
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, 0);
        }
        using var handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write);
        RandomAccess.Write(handle, bytes, 0);
        return File.GetLastWriteTimeUtc(handle).Ticks;
    }

    /// <summary>
    /// True when the reused folder already has exactly these bytes at this path: nothing to write.
    /// Where the folder's record vouches for the file (its length and time on disk are as recorded),
    /// the hashes decide; otherwise the file is read back and compared.
    /// </summary>
    private bool AlreadyHolds(string relative, FileInfo onDisk, byte[] bytes, UInt128 hash)
    {
        if (_previous is not null && _previous.TryGet(relative, out var stamp) && stamp.Matches(onDisk)) return stamp.Hash == hash && stamp.Length == bytes.Length;
        return onDisk.Exists && onDisk.Length == bytes.Length && File.ReadAllBytes(onDisk.FullName).AsSpan().SequenceEqual(bytes);
    }
}
