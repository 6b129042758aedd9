using System.Text;
using Guidance.Model;

namespace Guidance.Write;

/// <summary>
/// The write stage. The site is written to a fresh folder beside the target and swapped in only when
/// every file is written, so a failed build leaves the last good output exactly as it was.
/// </summary>
public static class OutputWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string outDir, IReadOnlyList<OutputFile> files, params string[] protectedDirs)
    {
        var target = Path.GetFullPath(outDir);
        RefuseDangerousTarget(outDir, target, protectedDirs);
        var parent = Path.GetDirectoryName(target) ?? throw new OutputException($"cannot write to '{outDir}'");
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.building-{Environment.ProcessId}");
        var retired = Path.Combine(parent, $".{name}.previous-{Environment.ProcessId}");

        try
        {
            Directory.CreateDirectory(parent);
            DeleteIfExists(staging);
            Directory.CreateDirectory(staging);
            ParallelFiles.ForEach(files.Select(f => Path.GetDirectoryName(f.Path)).Where(d => !string.IsNullOrEmpty(d)).Distinct(),
                dir => Directory.CreateDirectory(Path.Combine(staging, dir!)));
            ParallelFiles.ForEach(files, file =>
            {
                var path = Path.Combine(staging, file.Path);
                if (file.CopyFrom is not null) File.Copy(file.CopyFrom, path, overwrite: true);
                else File.WriteAllText(path, file.Text, Utf8);
            });

            // Swap: the old output moves aside, the new one takes its name, the old one goes.
            DeleteIfExists(retired);
            if (Directory.Exists(target)) Directory.Move(target, retired);
            Directory.Move(staging, target);
            DeleteIfExists(retired);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(staging);
            if (!Directory.Exists(target) && Directory.Exists(retired)) Directory.Move(retired, target);
            throw new OutputException($"cannot write the site to '{outDir}': {ex.Message}");
        }
    }

    /// <summary>
    /// The swap replaces the whole output folder, so it must never be a folder the user cares about:
    /// not the content or layouts (or a folder holding them), and not a non-empty folder that some
    /// earlier build did not write.
    /// </summary>
    private static void RefuseDangerousTarget(string outDir, string target, string[] protectedDirs)
    {
        foreach (var dir in protectedDirs.Select(Path.GetFullPath))
        {
            var inside = dir.StartsWith(target.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            if (dir == target || inside)
                throw new OutputException($"refusing to write the site to '{outDir}': it would replace '{dir}'. Choose an output folder of its own, such as output/");
        }
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !File.Exists(Path.Combine(target, SitePaths.Sitemap)))
            throw new OutputException($"refusing to replace '{outDir}': it is not empty and was not written by guidance (it has no {SitePaths.Sitemap}). Choose an empty or new folder");
    }

    private static void DeleteIfExists(string dir) => ParallelFiles.DeleteTree(dir);

    private static void TryDelete(string dir)
    {
        try { DeleteIfExists(dir); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>The output could not be written (exit code 2).</summary>
public sealed class OutputException(string message) : Exception(message);
