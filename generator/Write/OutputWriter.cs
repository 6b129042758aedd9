using Guidance.Model;

namespace Guidance.Write;

/// <summary>
/// The write stage. The site is written to a fresh folder beside the target and swapped in only when
/// every file is written, so a failed build leaves the last good output exactly as it was.
/// </summary>
public static class OutputWriter
{
    /// <summary>Writes a whole list of files at once (see <see cref="StagedOutput"/> to write them as they are made).</summary>
    public static void Write(string outDir, IReadOnlyList<OutputFile> files, params string[] protectedDirs)
    {
        using var output = StagedOutput.Begin(outDir, protectedDirs);
        foreach (var file in files) output.Add(file);
        output.Commit();
    }

    /// <summary>
    /// The swap replaces the whole output folder, so it must never be a folder the user cares about:
    /// not the content or layouts (or a folder holding them), and not a non-empty folder that some
    /// earlier build did not write.
    /// </summary>
    internal static void RefuseDangerousTarget(string outDir, string target, string[] protectedDirs)
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
}

/// <summary>The output could not be written (exit code 2).</summary>
public sealed class OutputException(string message) : Exception(message);
