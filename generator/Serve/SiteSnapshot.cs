using Guidance.Build;
using Guidance.Model;
using Guidance.Render.Redirects;

namespace Guidance.Serve;

/// <summary>
/// A built site held in memory: every file's bytes by its path under the output folder. A snapshot
/// never changes, so a request always sees one whole build, never half of the next.
/// </summary>
public sealed class SiteSnapshot
{
    private readonly Dictionary<string, byte[]> _files;
    private readonly Lazy<Dictionary<string, string>> _redirects;

    private SiteSnapshot(Dictionary<string, byte[]> files, string baseUrl)
    {
        _files = files;
        BaseUrl = baseUrl;
        _redirects = new(() => RedirectMap.Parse(Find(SitePaths.RedirectMap) is { } map ? System.Text.Encoding.UTF8.GetString(map) : ""));
    }

    /// <summary>The site's URL prefix, starting and ending with '/'.</summary>
    public string BaseUrl { get; }

    /// <summary>The file paths, in ordinal order.</summary>
    public IEnumerable<string> Paths => _files.Keys.Order(StringComparer.Ordinal);

    /// <summary>The files of an in-memory build; copied files are read now, so later edits cannot tear the snapshot.</summary>
    public static SiteSnapshot FromBuild(BuildResult build) =>
        new(build.Files.ToDictionary(f => f.Path.Replace('\\', '/'), Bytes, StringComparer.Ordinal), build.BaseUrl);

    /// <summary>A site already written to a folder (for serving a finished build as it is).</summary>
    public static SiteSnapshot FromDirectory(string dir, string baseUrl = "/") =>
        new(Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal), baseUrl);

    public byte[]? Find(string path) => _files.GetValueOrDefault(path);

    /// <summary>This snapshot with <paramref name="files"/> in place of its own at their paths (a copy: a snapshot never changes).</summary>
    public SiteSnapshot With(IEnumerable<OutputFile> files)
    {
        var copy = new Dictionary<string, byte[]>(_files, StringComparer.Ordinal);
        foreach (var file in files) copy[file.Path.Replace('\\', '/')] = Bytes(file);
        return new SiteSnapshot(copy, BaseUrl);
    }

    /// <summary>Where the site's redirect map sends a request for <paramref name="path"/> (decoded, base path included), or null.</summary>
    public string? RedirectFor(string path) => _redirects.Value.GetValueOrDefault(path);

    private static byte[] Bytes(OutputFile file) =>
        file.CopyFrom is not null ? File.ReadAllBytes(file.CopyFrom) : file.Bytes ?? [];
}
