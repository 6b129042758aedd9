using System.Security.Cryptography;
using Guidance.Diagnostics;
using Guidance.Edition;
using Guidance.Load;
using Guidance.Markdown;
using Guidance.Model;
using Guidance.Validate;

namespace Guidance.History;

/// <summary>
/// The history stage: reads the commits that changed the content folder and works out, for every page
/// of the edition, each version that was published. A commit's content is loaded and checked as the
/// current content is (in memory, from git's objects); a commit whose content has errors publishes
/// no version (GV161). A page's history follows it through renames (its id, whatever its file) and
/// through its <c>aliases</c> (an old address, or <c>/id/old-id/</c>, names the page it became).
/// </summary>
public sealed class VersionHistory
{
    private readonly CommitChecker _checker;

    private VersionHistory(SiteHistory history, IReadOnlyDictionary<string, List<PageVersion>> bySnapshot, CommitChecker checker)
    {
        History = history;
        ToRender = bySnapshot;
        _checker = checker;
    }

    /// <summary>A commit's content cut to the edition, without checking it again (it was checked when the history was read).</summary>
    internal Site LoadEdition(ContentSnapshot snapshot) => _checker.LoadEdition(snapshot);

    public SiteHistory History { get; }

    /// <summary>The versions each commit (by sha) publishes, to render from that commit's content.</summary>
    public IReadOnlyDictionary<string, List<PageVersion>> ToRender { get; }

    /// <summary>Reads the history, or returns none when the content folder is in no git repository.</summary>
    /// <param name="cache">Where the history read at the last build from the same commit is kept, so a rebuild need not read it again.</param>
    public static VersionHistory Read(GitContent git, Site whole, Site edition, Profile profile, DateOnly today, DiagnosticBag diagnostics, VersionCache? cache = null)
    {
        var at = new SourceLocation(whole.DisplayPath(SiteLoader.SiteFile), 1, 1);
        var mode = whole.Settings.Versions?.Value == "tags" ? VersionsMode.Tags : VersionsMode.Commits;
        if (git.IsShallow)
            diagnostics.Report(Codes.ShallowClone, at, "the content folder's repository is a shallow clone: versions older than the commits it holds, and those of the day of the oldest it holds (which cannot be numbered without the commits before), are not published",
                "Fetch the whole history ('git fetch --unshallow', or clone without --depth; in CI, fetch-depth: 0) and build again");
        var uncommitted = git.Uncommitted();
        if (uncommitted.Count > 0)
            diagnostics.Report(Codes.Uncommitted, at,
                $"the content folder has {uncommitted.Count} uncommitted change{(uncommitted.Count == 1 ? "" : "s")} (first: {uncommitted[0]}): the working copy is built as the current version, but no published version holds it yet",
                "Commit the changes and build again, so that the current version has an address of its own to cite");

        var checker = new CommitChecker(whole, profile);
        var key = Key(git, mode, profile, edition, whole);
        var cached = ReadCache(cache, key);
        var (published, versions, bySnapshot) = cached is not null && cached.Head == git.HeadSha
            ? Restore(cached, at, diagnostics)
            : Compute(git, mode, whole, edition, checker, at, diagnostics, cache, key,
                resume: cached is not null && mode == VersionsMode.Commits && !git.IsShallow ? cached : null);

        // The last version is the current one when the working copy of the page is that commit's file.
        var byPage = new Dictionary<string, IReadOnlyList<PageVersion>>(StringComparer.Ordinal);
        foreach (var (id, list) in versions.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            var page = edition.FindPage(id)!;
            var working = Path.Combine(whole.ContentRoot, page.RelativePath);
            if (File.Exists(working) && IsCommitted(File.ReadAllBytes(working), list[^1].SourceHash))
            {
                var current = list[^1] with { IsCurrent = true };
                var render = bySnapshot[current.Commit.Sha];
                render[render.IndexOf(list[^1])] = current;
                list[^1] = current;
            }
            byPage[id] = list;
        }
        return new VersionHistory(new SiteHistory(byPage, published), bySnapshot, checker);
    }

    /// <summary>
    /// What a history read is kept as between builds: all it found up to <paramref name="Head"/>, and
    /// what reading on from its last commit needs (that commit, whether it passed, and each page's
    /// last version's change notes and text), so that a build after new commits reads only those.
    /// </summary>
    private sealed record CachedHistory(string Head, List<ContentCommit> Published, List<PageVersion> Versions, List<string[]> Skipped,
        string? LastCommit, bool LastValid, Dictionary<string, string[]> LastChanges, Dictionary<string, string> LastBody);

    /// <summary>The history of the same versions setting, edition and generator (any HEAD), as the last build read it.</summary>
    private static string Key(GitContent git, VersionsMode mode, Profile profile, Site edition, Site whole)
    {
        var pages = edition.Pages.Select(p => p.Id.Value + " " + p.UrlPath + " " + string.Join(",", p.Meta.Aliases.Select(a => a.Value)));
        var parts = string.Join("\n", [typeof(VersionHistory).Assembly.ManifestModule.ModuleVersionId.ToString("N"), mode.ToString(), git.IsShallow ? "shallow" : "full",
            profile.Name.Value, string.Join(",", profile.Audiences.Select(a => a.Value)), whole.DisplayRoot, .. pages]);
        return Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(parts)));
    }

    private static CachedHistory? ReadCache(VersionCache? cache, string key)
    {
        if (cache?.Read(key, ".json") is not { } bytes) return null;
        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<CachedHistory>(bytes);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>The versions a cached history found, as lists by page and by commit, its warnings given again.</summary>
    private static (List<ContentCommit>, Dictionary<string, List<PageVersion>>, Dictionary<string, List<PageVersion>>) Restore(
        CachedHistory cached, SourceLocation at, DiagnosticBag diagnostics)
    {
        foreach (var skipped in cached.Skipped) diagnostics.Report(Codes.InvalidCommit, at, skipped[0], skipped[1]);
        var versions = new Dictionary<string, List<PageVersion>>(StringComparer.Ordinal);
        var bySnapshot = new Dictionary<string, List<PageVersion>>(StringComparer.Ordinal);
        foreach (var v in cached.Versions)
        {
            if (!versions.TryGetValue(v.PageId, out var list)) versions[v.PageId] = list = [];
            list.Add(v);
            if (!bySnapshot.TryGetValue(v.Commit.Sha, out var render)) bySnapshot[v.Commit.Sha] = render = [];
            render.Add(v);
        }
        return ([.. cached.Published], versions, bySnapshot);
    }

    private static (List<ContentCommit>, Dictionary<string, List<PageVersion>>, Dictionary<string, List<PageVersion>>) Compute(
        GitContent git, VersionsMode mode, Site whole, Site edition, CommitChecker checker, SourceLocation at, DiagnosticBag diagnostics, VersionCache? cache, string key,
        CachedHistory? resume)
    {
        var skippedWarnings = new List<string[]>();
        var commits = git.Commits(mode).ToList();
        var aliasTargets = new Dictionary<string, Page>(StringComparer.Ordinal);
        foreach (var page in edition.Pages.Where(p => !p.IsHome))
        {
            foreach (var (path, _) in page.AliasPaths) aliasTargets.TryAdd(path, page);
        }
        var versions = new Dictionary<string, List<PageVersion>>(StringComparer.Ordinal);
        List<(Page Old, Page Current)>? claims = null;
        var lastChanges = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var bySnapshot = new Dictionary<string, List<PageVersion>>(StringComparer.Ordinal);
        var published = new List<ContentCommit>();
        var start = 0;
        string? lastCommit = null;
        var lastValid = false;
        // HEAD moved on along the branch from the history kept: read only the commits after it.
        if (resume?.LastCommit is { } kept && commits.FindIndex(c => c.Sha == kept) is var index and >= 0)
        {
            (published, versions, bySnapshot) = Restore(resume, at, diagnostics);
            skippedWarnings.AddRange(resume.Skipped);
            foreach (var (id, changes) in resume.LastChanges) lastChanges[id] = changes.ToHashSet(StringComparer.Ordinal);
            foreach (var (id, list) in versions)
                if (resume.LastBody.TryGetValue(id, out var body)) list[^1] = list[^1] with { BodyText = body };
            foreach (var render in bySnapshot.Values)
                for (var i = 0; i < render.Count; i++)
                    if (versions[render[i].PageId][^1] is var last && last.Slug == render[i].Slug) render[i] = last;
            if (resume.LastValid) checker.Resume(git.Snapshot(commits[index]));
            (lastCommit, lastValid, start) = (kept, resume.LastValid, index + 1);
        }
        for (var c = start; c < commits.Count; c++)
        {
            var commit = commits[c];
            var snapshot = git.Snapshot(commit);
            var loaded = checker.Load(snapshot, commit.Date, out var errors);
            (lastCommit, lastValid) = (commit.Sha, loaded is not null);
            if (loaded is null)
            {
                string[] warning = [$"commit {commit.ShortSha} ({Dates.Iso(commit.Date)}, \"{commit.Message}\") is not published as a version: its content has {errors.Count} error{(errors.Count == 1 ? "" : "s")}, the first: {errors[0]}",
                    "Nothing to do unless that version must be cited; the pages' next good version is published"];
                diagnostics.Report(Codes.InvalidCommit, at, warning[0], warning[1]);
                skippedWarnings.Add(warning);
                continue;
            }
            published.Add(commit);
            var (old, scope, edited) = loaded.Value;
            // Which old page is a version of which current page. A commit that only edited pages (each
            // keeping its id, address and aliases) leaves that as the commit before had it, and only the
            // pages it edited can hold a new version.
            if (edited is null || claims is null) claims = Claims(old, scope, edition, aliasTargets);
            var editedByPath = edited?.ToDictionary(p => p.RelativePath, StringComparer.Ordinal);
            var candidates = editedByPath is null ? claims
                : claims.Where(c => editedByPath.ContainsKey(c.Old.RelativePath)).Select(c => c with { Old = editedByPath[c.Old.RelativePath] });
            foreach (var (oldPage, current) in candidates)
            {
                // The file's git object id names its bytes: no need to hash them again.
                var hash = snapshot.Blobs[oldPage.RelativePath];
                if (!versions.TryGetValue(current.Id.Value, out var list)) versions[current.Id.Value] = list = [];
                if (list.Count > 0 && list[^1].SourceHash == hash) continue;
                var changes = oldPage.Meta.Changes.Where(c => c.Summary is not null).Select(c => c.Summary!.Value).ToList();
                var seen = lastChanges.GetValueOrDefault(current.Id.Value) ?? [];
                var fresh = changes.Where(c => !seen.Contains(c)).ToList();
                lastChanges[current.Id.Value] = changes.ToHashSet(StringComparer.Ordinal);
                var sameDay = list.Count(v => v.Date == commit.Date);
                var slug = Dates.Iso(commit.Date) + (sameDay == 0 ? "" : "-" + (sameDay + 1));
                var version = new PageVersion(current.Id.Value, slug, commit.Date, commit,
                    fresh.Count > 0 ? string.Join(" ", fresh) : git.MergedMessage(commit, oldPage.RelativePath) ?? commit.Message, current.UrlPath + "v/" + slug + "/",
                    oldPage.RelativePath, hash, VersionText.Of(oldPage), list.Count == 0 ? null : VersionDiff.Html(list[^1].BodyText, VersionText.Of(oldPage)) ?? "");
                list.Add(version);
                if (!bySnapshot.TryGetValue(commit.Sha, out var render)) bySnapshot[commit.Sha] = render = [];
                render.Add(version);
            }
        }

        // In a shallow clone, a version on the day of the oldest commit held might be that day's second
        // (-2): the commits that would say so are missing, so it gets no address that could be wrong.
        if (git.IsShallow && commits.Count > 0)
        {
            var boundary = commits[0].Date;
            foreach (var list in versions.Values) list.RemoveAll(v => v.Date == boundary);
            foreach (var render in bySnapshot.Values) render.RemoveAll(v => v.Date == boundary);
            foreach (var empty in versions.Where(v => v.Value.Count == 0).Select(v => v.Key).ToList()) versions.Remove(empty);
        }

        // The text each version was diffed against is not needed again, but for each page's last.
        cache?.Store(key, System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new CachedHistory(git.HeadSha, published,
            versions.Values.SelectMany(v => v).Select(v => v with { BodyText = "" }).ToList(), skippedWarnings, lastCommit, lastValid,
            lastChanges.ToDictionary(c => c.Key, c => c.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal),
            versions.ToDictionary(v => v.Key, v => v.Value[^1].BodyText, StringComparer.Ordinal))), ".json");
        return (published, versions, bySnapshot);
    }

    /// <summary>
    /// Each old page of a commit's edition that is a version of a current page, in order: the page of the
    /// same id, else the one an alias or old permanent address of a current page names. A page under its
    /// own id claims first, so an alias never takes a page another old page still is.
    /// </summary>
    private static List<(Page Old, Page Current)> Claims(Site old, ProfileScope scope, Site edition, Dictionary<string, Page> aliasTargets)
    {
        var claims = new List<(Page Old, Page Current)>();
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var oldPage in old.Pages.Where(p => scope.Includes(p) && !p.IsHome)
                     .OrderBy(p => edition.FindPage(p.Id.Value) is null ? 1 : 0).ThenBy(p => p.RelativePath, StringComparer.Ordinal))
        {
            var current = edition.FindPage(oldPage.Id.Value) is { IsHome: false } same ? same
                : aliasTargets.GetValueOrDefault(oldPage.UrlPath) ?? aliasTargets.GetValueOrDefault(oldPage.PermanentPath);
            if (current is not null && claimed.Add(current.Id.Value)) claims.Add((oldPage, current));
        }
        return claims;
    }

    /// <summary>
    /// Loads and checks each commit's content in turn, doing again only what the commit changed: a
    /// file's page is read once per version of the file, and a commit that only edits pages (each
    /// keeping its id, type, address, aliases and headings' anchors) after a commit that passed is
    /// checked by every rule over those pages alone, against the whole of its site. Nothing else can
    /// have broken: what other pages link to is still there. Any other commit is checked in full.
    /// </summary>
    private sealed class CommitChecker(Site whole, Profile profile)
    {
        private readonly SnapshotCache _pages = new();

        /// <summary>A commit's content loaded and outlined as the current content is, each file version read and outlined once.</summary>
        private Site Read(ContentSnapshot snapshot, DiagnosticBag diagnostics) =>
            SiteLoader.LoadSnapshot(whole.ContentRoot, whole.DisplayRoot, snapshot.Files, snapshot.OtherFiles, diagnostics, snapshot.Blobs, _pages, PageOutlines.Outline);
        private ContentSnapshot? _previous;
        private Site? _previousSite;

        /// <summary>
        /// A commit's content loaded and checked as the edition being built, with the pages it edited when
        /// that is all it did to the commit before (else null); or null (with its errors) when it has errors.
        /// </summary>
        public (Site Edition, ProfileScope Scope, IReadOnlyList<Page>? Edited)? Load(ContentSnapshot snapshot, DateOnly date, out List<string> errors)
        {
            var diagnostics = new DiagnosticBag();
            var old = Read(snapshot, diagnostics);
            errors = [];
            ProfileScope? scope = null;
            Site? edition = null;
            List<Page>? changed = null;
            if (!diagnostics.HasErrors)
            {
                scope = new ProfileScope(old, profile);
                edition = ProfileSite.Select(old, scope);
                var context = new PublishingContext(scope, edition, new PublishedManifest.Contents(new Dictionary<string, PublishedUrls>(), null), AcceptRemovals: false);
                changed = OnlyEdited(snapshot, old);
                Validator.Validate(changed is null ? old : old.Restricted(changed), date, diagnostics, context);
            }
            if (diagnostics.HasErrors)
            {
                errors = diagnostics.Sorted().Where(d => d.IsError).Select(d => d.ToString()).ToList();
                _previous = null;
                _previousSite = null;
                return null;
            }
            _previous = snapshot;
            _previousSite = old;
            return (edition!, scope!, changed);
        }

        /// <summary>Goes on from a commit checked by an earlier build (it passed), as if this build had just checked it.</summary>
        public void Resume(ContentSnapshot snapshot)
        {
            _previous = snapshot;
            _previousSite = Read(snapshot, new DiagnosticBag());
        }

        /// <summary>A commit's content cut to the edition, its pages from those read when it was checked.</summary>
        public Site LoadEdition(ContentSnapshot snapshot)
        {
            var old = Read(snapshot, new DiagnosticBag());
            return ProfileSite.Select(old, new ProfileScope(old, profile));
        }

        /// <summary>The pages this commit edited, when that is all it did to a commit that passed; else null (check it all).</summary>
        private List<Page>? OnlyEdited(ContentSnapshot snapshot, Site site)
        {
            if (_previous is null || _previousSite is null || snapshot.Blobs.Count != _previous.Blobs.Count) return null;
            var edited = new List<Page>();
            foreach (var (path, blob) in snapshot.Blobs)
            {
                if (!_previous.Blobs.TryGetValue(path, out var before)) return null;
                if (before == blob) continue;
                if (!path.EndsWith(".md", StringComparison.Ordinal) || path.StartsWith(Site.StaticFolder + "/", StringComparison.Ordinal)) return null;
                if (site.PagesByPath.GetValueOrDefault(path) is not { } page || _previousSite.PagesByPath.GetValueOrDefault(path) is not { } was) return null;
                if (page.Id.Value != was.Id.Value || page.Type != was.Type || page.UrlPath != was.UrlPath || page.IsHome
                    || !page.Meta.Aliases.Select(a => a.Value).SequenceEqual(was.Meta.Aliases.Select(a => a.Value), StringComparer.Ordinal)
                    || !page.Headings.Select(h => h.Anchor).Order(StringComparer.Ordinal).SequenceEqual(was.Headings.Select(h => h.Anchor).Order(StringComparer.Ordinal), StringComparer.Ordinal)
                    || page.Meta.AudienceValue != was.Meta.AudienceValue
                    || (page.Plan is not null || was.Plan is not null))
                    return null;
                edited.Add(page);
            }
            return edited;
        }
    }

    /// <summary>The working copy is the committed file: the same bytes, or the same once line ends are LF (a Windows checkout with core.autocrlf).</summary>
    private static bool IsCommitted(byte[] working, string blob) =>
        BlobId(working) == blob || (Array.IndexOf(working, (byte)'\r') >= 0 && BlobId(System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(working).Replace("\r\n", "\n"))) == blob);

    /// <summary>The id git gives a file of these bytes (SHA-1 of "blob LENGTH\0" and the bytes), to tell whether the working copy is a commit's.</summary>
    private static string BlobId(byte[] bytes)
    {
        var header = System.Text.Encoding.ASCII.GetBytes($"blob {bytes.Length}\0");
#pragma warning disable CA5350 // git's own object id, not a security hash
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
#pragma warning restore CA5350
        sha.AppendData(header);
        sha.AppendData(bytes);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
