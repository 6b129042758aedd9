using System.Security.Cryptography;

namespace Guidance.Tests.Support;

/// <summary>
/// Everything in a test site's folder that is not the build's own output: the content, and whatever
/// an escaping path would land beside it. Hashed before and after a build to prove the build wrote
/// and deleted nothing there.
/// </summary>
public static class Surroundings
{
    public static SortedDictionary<string, string> Snapshot(TempSite site)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFileSystemEntries(site.Root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }))
        {
            var relative = Path.GetRelativePath(site.Root, file).Replace('\\', '/');
            if (IsOutput(relative)) continue;
            files[relative] = File.Exists(file) ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file))) : "folder";
        }
        return files;
    }

    public static void AssertUnchanged(SortedDictionary<string, string> before, TempSite site) => Assert.Equal(before, Snapshot(site));

    /// <summary>The output folder, its retired copy and staging folders, and their records: the build's own.</summary>
    private static bool IsOutput(string relative)
    {
        var top = relative.Split('/')[0];
        return top == "output" || top.StartsWith(".output.", StringComparison.Ordinal);
    }
}
