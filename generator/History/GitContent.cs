using Guidance.Edition;
using Guidance.Model;
using LibGit2Sharp;

namespace Guidance.History;

/// <summary>Which commits count as published versions: every commit on the branch, or only tagged ones (<c>site.yml</c> <c>versions:</c>).</summary>
public enum VersionsMode { Commits, Tags }

/// <summary>
/// One commit's content folder: its Markdown and YAML files' bytes, and the paths of everything else;
/// <paramref name="Blobs"/> names each file's git object, which says what one commit changed from another.
/// </summary>
public sealed record ContentSnapshot(IReadOnlyDictionary<string, byte[]> Files, IReadOnlyList<string> OtherFiles, IReadOnlyDictionary<string, string> Blobs);

/// <summary>
/// The git repository a content folder lies in, read with LibGit2Sharp (no <c>git</c> process): the
/// commits that changed the folder, oldest first, and the folder's files at any of them.
/// </summary>
public sealed class GitContent : IDisposable
{
    private readonly Repository _repo;
    private readonly string _prefix;

    private GitContent(Repository repo, string prefix)
    {
        _repo = repo;
        _prefix = prefix;
    }

    /// <summary>The repository holding <paramref name="contentDir"/>, or null when there is none (or it has no commit yet).</summary>
    public static GitContent? Open(string contentDir)
    {
        var full = Path.GetFullPath(contentDir);
        Repository? repo = null;
        try
        {
            var gitDir = Repository.Discover(full);
            if (gitDir is null) return null;
            repo = new Repository(gitDir);
            var work = repo.Info.WorkingDirectory;
            if (work is null || repo.Head?.Tip is null) { repo.Dispose(); return null; }
            var relative = Path.GetRelativePath(Path.GetFullPath(work), full).Replace('\\', '/');
            if (relative == ".") relative = "";
            if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)) { repo.Dispose(); return null; }
            return new GitContent(repo, relative);
        }
        catch (LibGit2SharpException)
        {
            repo?.Dispose();
            return null;
        }
    }

    /// <summary>The repository is a shallow clone: commits before its depth are not there to read.</summary>
    public bool IsShallow => _repo.Info.IsShallow;

    /// <summary>HEAD names a commit rather than a branch.</summary>
    public bool IsDetached => _repo.Info.IsHeadDetached;

    public string HeadSha => _repo.Head.Tip.Sha;

    /// <summary>
    /// Files of the content folder that differ from HEAD (changed, added or not yet committed), leaving
    /// out the list of published URLs the build itself writes there.
    /// </summary>
    public IReadOnlyList<string> Uncommitted()
    {
        var options = new StatusOptions
        {
            IncludeUntracked = true, RecurseUntrackedDirs = true, IncludeIgnored = false, DetectRenamesInIndex = false, DetectRenamesInWorkDir = false,
            PathSpec = _prefix.Length == 0 ? null : [_prefix + "/"],
        };
        return _repo.RetrieveStatus(options)
            .Where(e => e.State is not (FileStatus.Unaltered or FileStatus.Ignored))
            .Select(e => e.FilePath)
            .Where(p => Path.GetFileName(p) != PublishedManifest.FileName)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The commits that changed the content folder, oldest first: on the branch HEAD is on (its first
    /// parents, so a merge counts once, on the day it was merged), or only those a tag points at.
    /// </summary>
    public IReadOnlyList<ContentCommit> Commits(VersionsMode mode)
    {
        var tip = _repo.Head.Tip;
        IEnumerable<Commit> line;
        if (mode == VersionsMode.Tags)
        {
            var tagged = _repo.Tags.Select(t => t.PeeledTarget as Commit).OfType<Commit>().Select(c => c.Sha).ToHashSet(StringComparer.Ordinal);
            line = _repo.Commits.QueryBy(new CommitFilter { IncludeReachableFrom = tip, SortBy = CommitSortStrategies.Topological | CommitSortStrategies.Time })
                .Where(c => tagged.Contains(c.Sha));
        }
        else
        {
            line = _repo.Commits.QueryBy(new CommitFilter { IncludeReachableFrom = tip, FirstParentOnly = true, SortBy = CommitSortStrategies.Topological });
        }
        var newestFirst = line.ToList();
        var commits = new List<ContentCommit>();
        string? previous = null;
        for (var i = newestFirst.Count - 1; i >= 0; i--)
        {
            var commit = newestFirst[i];
            var tree = ContentTree(commit);
            if (tree is null || tree.Sha == previous) continue;
            previous = tree.Sha;
            var when = commit.Committer.When;
            commits.Add(new ContentCommit(commit.Sha, DateOnly.FromDateTime(when.DateTime), commit.MessageShort.Trim(), tree.Sha));
        }
        return commits;
    }

    /// <summary>
    /// For a merge, the message of the newest merged commit that changed <paramref name="relativePath"/>
    /// (a content file's path): a branch's own words for the change, rather than "Merge branch ...".
    /// Null for a commit that is no merge, or when no merged commit changed the file under that path.
    /// </summary>
    public string? MergedMessage(ContentCommit merge, string relativePath)
    {
        var commit = _repo.Lookup<Commit>(merge.Sha);
        var parents = commit.Parents.ToList();
        if (parents.Count < 2) return null;
        var path = _prefix.Length == 0 ? relativePath : _prefix + "/" + relativePath;
        var filter = new CommitFilter { IncludeReachableFrom = parents.Skip(1).ToList(), ExcludeReachableFrom = parents[0], SortBy = CommitSortStrategies.Topological };
        foreach (var merged in _repo.Commits.QueryBy(filter))
        {
            var mine = merged[path]?.Target.Sha;
            if (mine is null) continue;
            if (merged.Parents.FirstOrDefault()?[path]?.Target.Sha != mine) return merged.MessageShort.Trim();
        }
        return null;
    }

    private Tree? ContentTree(Commit commit)
    {
        if (_prefix.Length == 0) return commit.Tree;
        return commit[_prefix]?.Target as Tree;
    }

    // Reading a commit's folder touches only what changed since one read before: a folder (tree) read
    // once is listed from memory, and a file's bytes are read once per version of the file.
    private readonly Dictionary<string, List<(string Path, string Blob, bool Read)>> _trees = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]> _blobs = new(StringComparer.Ordinal);

    /// <summary>The content folder as a commit left it.</summary>
    public ContentSnapshot Snapshot(ContentCommit commit)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var blobs = new Dictionary<string, string>(StringComparer.Ordinal);
        var others = new List<string>();
        foreach (var (path, blob, read) in Entries(_repo.Lookup<Tree>(commit.TreeSha)))
        {
            blobs[path] = blob;
            if (!read) { others.Add(path); continue; }
            if (!_blobs.TryGetValue(blob, out var bytes))
            {
                using var stream = _repo.Lookup<Blob>(blob).GetContentStream();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                _blobs[blob] = bytes = buffer.ToArray();
            }
            files[path] = bytes;
        }
        others.Sort(StringComparer.Ordinal);
        return new ContentSnapshot(files, others, blobs);
    }

    /// <summary>Every file under a tree, with its object and whether the build reads it (Markdown and YAML outside static/).</summary>
    private List<(string Path, string Blob, bool Read)> Entries(Tree tree, string prefix = "")
    {
        var key = prefix + "\n" + tree.Sha;
        if (_trees.TryGetValue(key, out var known)) return known;
        var entries = new List<(string, string, bool)>();
        foreach (var entry in tree)
        {
            var path = prefix + entry.Name;
            if (entry.TargetType == TreeEntryTargetType.Tree) { entries.AddRange(Entries((Tree)entry.Target, path + "/")); continue; }
            // Links and submodules are never read: a version is only what the folder itself held.
            if (entry.TargetType != TreeEntryTargetType.Blob || entry.Mode == Mode.SymbolicLink) continue;
            var read = !path.StartsWith(Model.Site.StaticFolder + "/", StringComparison.Ordinal)
                && (path.EndsWith(".md", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal));
            entries.Add((path, entry.Target.Sha, read));
        }
        _trees[key] = entries;
        return entries;
    }

    public void Dispose() => _repo.Dispose();
}
