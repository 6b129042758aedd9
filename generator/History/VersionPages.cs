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
            var missing = Enumerable.Range(0, versions.Count).Where(i => cached[i] is null).ToList();
            var made = new OutputFile[versions.Count];
            for (var i = 0; i < versions.Count; i++)
                if (cached[i] is { } bytes) made[i] = emit(new OutputFile(OutputFile.ForUrlPath(versions[i].UrlPath), bytes));
            if (missing.Count > 0)
            {
                var old = history.LoadEdition(git.Snapshot(commit));
                var renderer = new SiteRenderer(old, templates, commit.Date, staffEdition: staffEdition);
                // A commit that first publishes a thousand pages renders them on every core, as the site's own pages are.
                try
                {
                    Parallel.ForEach(missing, i =>
                    {
                        var v = versions[i];
                        var file = renderer.RenderVersion(old.PagesByPath[v.OldRelativePath], v, edition, edition.FindPage(v.PageId)!);
                        cache?.Store(keys[i], file.Bytes!);
                        made[i] = emit(file);
                    });
                }
                catch (AggregateException ex) when (ex.InnerExceptions.FirstOrDefault() is LayoutException layout)
                {
                    throw layout;
                }
            }
            files.AddRange(made);
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
