using System.Security.Cryptography;
using System.Text;
using Guidance.Model;
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
        string layoutsKey, bool staffEdition, IOutputSink output, VersionCache? cache, SiteRenderer? current = null)
    {
        // What each commit publishes, with the cached pages emitted at once; the commits whose versions
        // must be rendered are then rendered on every core (git is read here, one commit at a time).
        var work = new List<(ContentCommit Commit, List<PageVersion> Versions, List<string> Keys, OutputFile?[] Made, ContentSnapshot? Snapshot)>();
        foreach (var commit in history.History.Commits)
        {
            if (!history.ToRender.TryGetValue(commit.Sha, out var versions) || versions.Count == 0) continue;
            var keys = versions.Select(v => Key(v, edition, profile, layoutsKey, staffEdition)).ToList();
            var made = new OutputFile?[versions.Count];
            for (var i = 0; i < versions.Count; i++)
                if (cache?.Read(keys[i]) is { } bytes) made[i] = output.Add(new OutputFile(OutputFile.ForUrlPath(versions[i].UrlPath), bytes));
            work.Add((commit, versions, keys, made, null));
        }
        try
        {
            // In batches, so that only a batch's commits' folders are held at once.
            var pending = work.Where(w => w.Made.Any(m => m is null)).ToList();
            foreach (var batch in pending.Chunk(32))
            {
                var read = batch.Select(w => w with { Snapshot = git.Snapshot(w.Commit) }).ToList();
                Parallel.ForEach(read, w =>
                {
                    var old = history.LoadEdition(w.Snapshot!);
                    using var renderer = new SiteRenderer(old, templates, w.Commit.Date, new MemorySink(), staffEdition: staffEdition);
                    // A commit that first publishes a thousand pages renders them on every core too.
                    Parallel.For(0, w.Versions.Count, i =>
                    {
                        if (w.Made[i] is not null) return;
                        var v = w.Versions[i];
                        var file = renderer.RenderVersion(old.PagesByPath[v.OldRelativePath], v, edition, edition.FindPage(v.PageId)!);
                        cache?.Store(w.Keys[i], file.Bytes!);
                        w.Made[i] = output.Add(file);
                    });
                });
            }
        }
        catch (AggregateException ex) when (Inner(ex) is LayoutException layout)
        {
            throw layout;
        }
        var files = work.SelectMany(w => w.Made).Select(m => m!).ToList();
        if (current is not null) files.AddRange(AliasRedirects(history, edition, current).Select(output.Add));
        cache?.Prune();
        return files;
    }

    /// <summary>
    /// A page that moved keeps its old address as an alias; the versions published under that address
    /// (<c>&lt;alias&gt;v/2024-05-13/</c>, as citations name them) keep working too, as redirects to the
    /// version at the page's address now. A path some page or file already has is left to it.
    /// </summary>
    private static IEnumerable<OutputFile> AliasRedirects(VersionHistory history, Site edition, SiteRenderer current)
    {
        var taken = new HashSet<string>(edition.Pages.Select(p => OutputFile.ForUrlPath(p.UrlPath)), StringComparer.Ordinal);
        foreach (var versions in history.History.ByPage.Values)
            foreach (var v in versions) taken.Add(OutputFile.ForUrlPath(v.UrlPath));
        foreach (var (id, versions) in history.History.ByPage.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var page = edition.FindPage(id)!;
            foreach (var alias in page.AliasPaths.Select(a => a.Path).Where(a => a.EndsWith('/')).Distinct(StringComparer.Ordinal))
                foreach (var v in versions)
                {
                    var path = alias + "v/" + v.Slug + "/";
                    if (taken.Add(OutputFile.ForUrlPath(path))) yield return current.Redirect(path, $"{page.Title} (version of {Dates.Display(v.Date)})", v.UrlPath);
                }
        }
    }

    private static Exception? Inner(AggregateException ex) => ex.Flatten().InnerExceptions.FirstOrDefault();

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
