using System.Security.Cryptography;
using System.Text;
using Guidance.Model;
using Guidance.Publish;
using Guidance.Render;

namespace Guidance.History;

/// <summary>
/// Renders every published version from its own commit's content, through today's layouts. A version
/// rendered before from the same content, layouts and generator is taken from the cache instead
/// (<see cref="VersionCache"/>), so a rebuild renders only the versions that are new.
/// </summary>
public static class VersionPages
{
    public static List<OutputFile> Render(GitContent git, VersionHistory history, Site whole, Site edition, Profile profile, TemplateSet templates,
        string layoutsKey, bool staffEdition, Func<OutputFile, OutputFile> emit, VersionCache? cache)
    {
        var files = new List<OutputFile>();
        foreach (var commit in history.History.Commits)
        {
            if (!history.ToRender.TryGetValue(commit.Sha, out var versions)) continue;
            var keys = versions.Select(v => Key(v, edition, profile, layoutsKey, staffEdition)).ToList();
            var cached = keys.Select(k => cache?.Read(k)).ToList();
            SiteRenderer? renderer = null;
            Site? old = null;
            for (var i = 0; i < versions.Count; i++)
            {
                var v = versions[i];
                var path = OutputFile.ForUrlPath(v.UrlPath);
                if (cached[i] is { } bytes)
                {
                    files.Add(emit(new OutputFile(path, bytes)));
                    continue;
                }
                if (renderer is null)
                {
                    old = VersionHistory.LoadEdition(git.Snapshot(commit), whole, profile);
                    renderer = new SiteRenderer(old, templates, commit.Date, staffEdition: staffEdition);
                }
                var page = old!.PagesByPath[v.OldRelativePath];
                var file = renderer.RenderVersion(page, v, edition, edition.FindPage(v.PageId)!);
                cache?.Store(keys[i], file.Bytes!);
                files.Add(emit(file));
            }
        }
        cache?.Prune();
        return files;
    }

    /// <summary>What a version's page is made from: the commit's content, the page and its address, today's layouts and generator, and what its banner and breadcrumbs name.</summary>
    private static string Key(PageVersion v, Site edition, Profile profile, string layoutsKey, bool staffEdition)
    {
        var current = edition.FindPage(v.PageId)!;
        var parts = string.Join("\n", Generator, layoutsKey, v.Commit.TreeSha, Dates.Iso(v.Date), v.OldRelativePath, v.UrlPath, v.IsCurrent ? "current" : "old",
            profile.Name.Value, string.Join(",", profile.Audiences.Select(a => a.Value)), staffEdition ? "staff" : "partners",
            current.Title, current.UrlPath, current.Type.ToString(), current.Id.Value,
            edition.Settings.Origin, edition.Settings.BaseUrl, edition.Settings.Organisation ?? "", edition.Settings.Title?.Value ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(parts)));
    }

    /// <summary>This generator's build: a new one may render differently, so it renders every version again.</summary>
    private static readonly string Generator = typeof(VersionPages).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>A hash of every layout file (or of the built-in ones), for the cache key.</summary>
    public static string LayoutsKey(string? layoutsDir)
    {
        if (layoutsDir is null || !Directory.Exists(layoutsDir)) return "built-in";
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(layoutsDir, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(layoutsDir, f).Replace('\\', '/')).Order(StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(file + "\n"));
            sha.AppendData(File.ReadAllBytes(Path.Combine(layoutsDir, file)));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
