using System.Runtime.InteropServices;
using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Load;

/// <summary>
/// Lists the files of a content folder without ever publishing one from outside it. Every link
/// (symbolic link or junction) met on the way is resolved to where it really points; one that leads
/// outside the content folder is an error at the link (GV042), or, where <c>site.yml</c> says
/// <c>outside_links: skip</c>, left out with a warning (GV110). It is never followed silently. Links
/// that stay inside are followed, once each, so a link to a parent folder cannot loop.
/// </summary>
internal sealed partial class ContentFiles
{

    private readonly string _root;
    private readonly string _realRoot;
    private readonly Func<string, string> _display;
    private readonly DiagnosticBag _diagnostics;
    private readonly bool _skipOutside;
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);

    public ContentFiles(string root, Func<string, string> display, DiagnosticBag diagnostics, bool skipOutside)
    {
        (_root, _display, _diagnostics, _skipOutside) = (root, display, diagnostics, skipOutside);
        _realRoot = RealPath(root) ?? root;
    }

    /// <summary>Every file under the content folder that may be read, relative to it with '/', in ordinal order.</summary>
    public List<string> All()
    {
        var files = new List<string>();
        Walk(_root, "", files);
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>
    /// True when the file at <paramref name="relative"/> may be read: it is no link, or a link whose
    /// target lies inside the content folder. Reports the link otherwise.
    /// </summary>
    public bool MayRead(string relative)
    {
        var path = Path.Combine(_root, relative);
        var info = new FileInfo(path);
        return !info.Attributes.HasFlag(FileAttributes.ReparsePoint) || LinkStaysInside(path, relative);
    }

    private void Walk(string dir, string relativeDir, List<string> files)
    {
        if (!_visited.Add(RealPath(dir) ?? dir)) return;
        foreach (var entry in new DirectoryInfo(dir).EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0 }).OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var relative = relativeDir + entry.Name;
            if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint) && !LinkStaysInside(entry.FullName, relative)) continue;
            if (entry.Attributes.HasFlag(FileAttributes.Directory)) Walk(entry.FullName, relative + "/", files);
            else if (File.Exists(entry.FullName)) files.Add(relative);
        }
    }

    private bool LinkStaysInside(string path, string relative)
    {
        var target = RealPath(path);
        if (target is not null && (target == _realRoot || target.StartsWith(_realRoot.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            return true;
        var at = new SourceLocation(_display(relative), 1, 1);
        var where = target is null ? "a target that does not exist" : "a file or folder outside the content folder";
        if (_skipOutside)
            _diagnostics.Report(Codes.SkippedLink, at, $"'{relative}' is a link to {where}; it was left out",
                "Copy the file into the content folder if it should be published");
        else
            _diagnostics.Report(Codes.LinkOutsideContent, at, $"'{relative}' is a link to {where}, which the site may not publish",
                "Copy the file into the content folder instead of linking to it, or set 'outside_links: skip' in site.yml to leave such links out with a warning");
        return false;
    }

    /// <summary>Where a path really leads, every link on the way resolved; null when it leads nowhere.</summary>
    private static string? RealPath(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            // Windows has no realpath; a link's final target, made absolute, is the nearest equivalent.
            var info = Directory.Exists(path) ? (FileSystemInfo)new DirectoryInfo(path) : new FileInfo(path);
            var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true);
            return target is { Exists: true } ? Path.GetFullPath(target.FullName) : null;
        }
        var resolved = Realpath(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero) return null;
        try { return Marshal.PtrToStringUTF8(resolved); }
        finally { Marshal.FreeHGlobal(resolved); }
    }

    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr Realpath(string path, IntPtr resolved);
}
