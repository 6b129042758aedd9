using Guidance.Write;

namespace Guidance.History;

/// <summary>
/// Rendered versions kept between builds (and the history read, <c>.json</c>), one file per version named by its key (a hash of all it is
/// made from), in a folder beside the output (<c>.output.versions/</c> for <c>output/</c>), never
/// published. Every path goes through <see cref="OutputPaths"/>; a build removes the entries it did not
/// use, so the folder holds only the current build's versions.
/// </summary>
public sealed class VersionCache
{
    private readonly string _dir;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    private VersionCache(string dir) => _dir = dir;

    /// <summary>The cache for an output folder, created if missing; null when it cannot be (the build then renders every version).</summary>
    public static VersionCache? For(string outDir)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir));
        var parent = Path.GetDirectoryName(full);
        if (parent is null) return null;
        var dir = Path.Combine(parent, "." + Path.GetFileName(full) + ".versions");
        try
        {
            if (File.Exists(dir) || (Directory.Exists(dir) && new DirectoryInfo(dir).LinkTarget is not null)) return null;
            Directory.CreateDirectory(dir);
            return new VersionCache(dir);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public byte[]? Read(string key, string extension = ".html")
    {
        lock (_used) _used.Add(key);
        var path = OutputPaths.Inside(_dir, key + extension);
        try
        {
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Store(string key, byte[] bytes, string extension = ".html")
    {
        lock (_used) _used.Add(key);
        var path = OutputPaths.Inside(_dir, key + extension);
        try
        {
            var temp = OutputPaths.Inside(_dir, key + ".tmp");
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written costs the next build time, never this one's output.
        }
    }

    /// <summary>Removes the entries this build did not use: only files of the cache's own shape, never a folder.</summary>
    public void Prune()
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(_dir, "*", new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0 }))
            {
                var name = Path.GetFileName(file);
                var key = Path.GetFileNameWithoutExtension(name);
                var kept = name.EndsWith(".html", StringComparison.Ordinal) || name.EndsWith(".json", StringComparison.Ordinal);
                if (key.Length != 64 || !(kept || name.EndsWith(".tmp", StringComparison.Ordinal))) continue;
                if (kept && _used.Contains(key)) continue;
                File.Delete(OutputPaths.Inside(_dir, name));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }
}
