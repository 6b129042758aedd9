
namespace Guidance.Model;

/// <summary>A commit that changed the content folder: its id, its date (the committer's own day) and its message's first line.</summary>
public sealed record ContentCommit(string Sha, DateOnly Date, string Message, string TreeSha)
{
    public string ShortSha => Sha[..7];
}

/// <summary>
/// One published version of a page: the page as a commit left it, at <c>&lt;page url&gt;v/&lt;slug&gt;/</c>.
/// </summary>
/// <param name="PageId">The current page it is a version of (its history follows renames and aliases).</param>
/// <param name="Slug">The commit's day, <c>2024-05-13</c>, with <c>-2</c>, <c>-3</c> for later versions the same day.</param>
/// <param name="Note">The author's change note: the <c>changes:</c> entries new in this version, else the commit's message.</param>
/// <param name="IsCurrent">This version is what the page shows now (the working copy is the commit's).</param>
/// <param name="SourceHash">The git object id of the page's file at the commit, which says whether the next commit changed it.</param>
/// <param name="DiffHtml">What changed against the version before, word by word, as <c>&lt;ins&gt;</c> and <c>&lt;del&gt;</c>; null for the first.</param>
public sealed record PageVersion(string PageId, string Slug, DateOnly Date, ContentCommit Commit, string Note, string UrlPath,
    string OldRelativePath, string SourceHash, string BodyText, string? DiffHtml)
{
    public bool IsCurrent { get; init; }
}

/// <summary>Every page's published versions, oldest first, read from the content folder's git history.</summary>
public sealed class SiteHistory
{
    public static readonly SiteHistory None = new(new Dictionary<string, IReadOnlyList<PageVersion>>(StringComparer.Ordinal), []);

    public SiteHistory(IReadOnlyDictionary<string, IReadOnlyList<PageVersion>> byPage, IReadOnlyList<ContentCommit> commits)
    {
        ByPage = byPage;
        Commits = commits;
    }

    public IReadOnlyDictionary<string, IReadOnlyList<PageVersion>> ByPage { get; }

    /// <summary>The commits read (those whose content passed validation and changed the folder).</summary>
    public IReadOnlyList<ContentCommit> Commits { get; }

    public bool IsEmpty => ByPage.Count == 0;

    public IReadOnlyList<PageVersion> Of(Page page) => ByPage.GetValueOrDefault(page.Id.Value) ?? [];

    /// <summary>The version the page shows now, or null when the working copy is not a commit's (or there is no history).</summary>
    public PageVersion? Current(Page page) => Of(page) is { Count: > 0 } versions && versions[^1].IsCurrent ? versions[^1] : null;

    public int Count => ByPage.Values.Sum(v => v.Count);
}
