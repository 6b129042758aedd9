namespace Guidance.Tests.Support;

/// <summary>Folder helpers shared by the test projects (linked into the browser tests as well).</summary>
public static class Folders
{
    /// <summary>Copies a folder's files, at every level, into another, optionally leaving some relative paths out.</summary>
    public static void Copy(string from, string to, params string[] skip)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (skip.Contains(relative)) continue;
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
