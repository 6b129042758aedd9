using System.IO.Enumeration;
using Guidance.Model;

namespace Guidance.Write;

/// <summary>
/// Clears a reused staging folder of what the build no longer makes. Only files are deleted, each
/// one a file the folder's record lists (or, without a record, one found by walking the folder) and
/// this build did not make, each resolved through <see cref="OutputPaths"/> so none lies outside the
/// folder. A folder is removed only once it is empty, so a folder the build cannot prove it made (a
/// hand-made one, or one holding anything it did not list) is left as it is: nothing is ever deleted
/// recursively.
/// </summary>
internal static class StaleFiles
{
    /// <param name="previous">What the folder held when the build began, by its record; null to walk it.</param>
    public static void Remove(string staging, OutputRecord made, OutputRecord? previous)
    {
        // A record line that is not a safe relative path was not written by a build: it names nothing to delete.
        var held = previous is null ? Walk(staging) : previous.Paths.Where(p => SafePath.Problem(p) is null).ToList();
        var stale = held.Where(f => !made.Contains(f)).ToList();
        ParallelFiles.ForEach(stale.Select(f => OutputPaths.Inside(staging, f)), File.Delete);

        var kept = FoldersOf(made.Paths);
        // Deepest first, so a folder emptied of its last subfolder is seen empty in turn.
        foreach (var folder in FoldersOf(stale).Where(f => !kept.Contains(f)).OrderByDescending(f => f.Count(c => c == '/')).ThenBy(f => f, StringComparer.Ordinal))
        {
            var full = OutputPaths.Inside(staging, folder);
            if (Directory.Exists(full) && !Directory.EnumerateFileSystemEntries(full).Any()) Directory.Delete(full);
        }
    }

    /// <summary>Every file under <paramref name="root"/>, as relative paths with '/'; links are not followed.</summary>
    private static List<string> Walk(string root)
    {
        var prefix = root.Length + 1;
        return new FileSystemEnumerable<string>(root,
            (ref FileSystemEntry e) => e.ToFullPath()[prefix..].Replace(Path.DirectorySeparatorChar, '/'),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory,
        }.ToList();
    }

    /// <summary>The folders that hold these files, and the folders that hold those.</summary>
    private static HashSet<string> FoldersOf(IEnumerable<string> files)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
            for (var dir = Parent(file); dir.Length > 0 && folders.Add(dir); dir = Parent(dir)) { }
        return folders;
    }

    private static string Parent(string path) => path.LastIndexOf('/') is var slash and >= 0 ? path[..slash] : "";
}
