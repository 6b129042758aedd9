using Guidance.Model;

namespace Guidance.Write;

/// <summary>
/// Where every file the write stage creates or deletes lies on disk: the only place such a path is
/// made. A relative path from the site (a page, an alias's redirect, a static file, a line of the
/// output record) is resolved against the folder being written, and refused unless it is safe
/// (<see cref="SafePath"/>) and lands strictly inside that folder. Validation has already reported
/// unsafe paths at their place in the content; this is the guard that holds whatever got past it,
/// including a record file edited by hand.
/// </summary>
internal static class OutputPaths
{
    /// <summary>The full path of <paramref name="relative"/> (with '/') inside <paramref name="root"/> (a full path).</summary>
    public static string Inside(string root, string relative)
    {
        var problem = relative.Length == 0 || relative.EndsWith('/') ? "it does not name a file" : SafePath.Problem(relative);
        if (problem is not null) throw new OutputException($"refusing to write or delete '{relative}': {problem}");
        var full = Path.GetFullPath(Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar)));
        if (!IsInside(root, full))
            throw new OutputException($"refusing to write or delete '{relative}': it lies outside '{root}'");
        return full;
    }

    /// <summary>True when <paramref name="path"/> is the same folder as <paramref name="folder"/> or inside it (both full paths).</summary>
    public static bool IsSameOrInside(string folder, string path) =>
        string.Equals(Trim(path), Trim(folder), StringComparison.Ordinal) || IsInside(folder, path);

    /// <summary>True when <paramref name="path"/> lies strictly inside <paramref name="folder"/> (both full paths).</summary>
    public static bool IsInside(string folder, string path) =>
        Trim(path).StartsWith(Trim(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string Trim(string path) => Path.TrimEndingDirectorySeparator(path);
}
