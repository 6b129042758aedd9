namespace Guidance.Model;

/// <summary>
/// One Markdown page: its front matter read into typed, located fields at load, and what validation
/// needs from its body (headings, links, raw HTML, acronyms) read from the Markdig syntax tree by the
/// Markdown stage. Values are kept as written (with their place in the file) so that validation rules
/// can report exactly where a problem is; parsed views are offered alongside. Two pages are the same
/// page only if they are the same object, as before it became a record.
/// </summary>
public sealed record Page
{
    /// <summary>The path as the author would type it, e.g. <c>content/standards/supervision.md</c>.</summary>
    public required string DisplayPath { get; init; }

    /// <summary>The path inside the content folder with forward slashes, e.g. <c>standards/supervision.md</c>.</summary>
    public required string RelativePath { get; init; }

    public required Located<string> Id { get; init; }
    public required PageType Type { get; init; }
    public required FrontMatter Meta { get; init; }

    /// <summary>
    /// The Markdown body as written. The syntax tree is not kept from load to render: ten thousand
    /// trees held at once cost about half a gigabyte, so the renderer parses the body again.
    /// </summary>
    public required string BodyText { get; init; }

    /// <summary>The line of the file the body starts on (after the front matter), for locations in the body.</summary>
    public int BodyFirstLine { get; init; } = 1;

    /// <summary>The headings of the body in order, with their GitHub-style anchors (read by the Markdown stage).</summary>
    public IReadOnlyList<Heading> Headings { get; init; } = [];

    /// <summary>Every link in the body, in order, with where it was written (read by the Markdown stage).</summary>
    public IReadOnlyList<BodyLink> Links { get; init; } = [];

    /// <summary>Raw HTML written in the body, which is sanitised on render and checked by a rule.</summary>
    public IReadOnlyList<Located<string>> RawHtml { get; init; } = [];

    /// <summary>Each acronym-like word of the body at its first use, in order, for the glossary rule.</summary>
    public IReadOnlyList<Located<string>> Acronyms { get; init; } = [];

    public PanelCard? Panel { get; init; }
    public IReadOnlyList<ContinuumLevel> Levels { get; init; } = [];
    public Plan? Plan { get; init; }

    /// <summary>The site-relative URL path (without base path), e.g. <c>standards/supervision/</c>.</summary>
    public required string UrlPath { get; init; }

    /// <summary>Where the file starts, for problems that belong to the whole page.</summary>
    public SourceLocation Start => new(DisplayPath, 1, 1);

    public string Title => Meta.Title?.Value ?? Id.Value;

    public bool IsHome => UrlPath.Length == 0;

    /// <summary>
    /// Every section a link or a citation can land on, in page order: the body's headings, and on a
    /// continuum its levels, on a plan its areas and actions. These are the anchors the published-URL
    /// list keeps (GV033) and links may name.
    /// </summary>
    public IEnumerable<string> SectionAnchors =>
        Headings.Select(h => h.Anchor).Where(a => a.Length > 0)
            .Concat(Meta.Related.Count > 0 ? [RelatedAnchor] : [])
            .Concat(Levels.Select(l => l.Anchor))
            .Concat(Plan is null ? [] : Plan.Areas.SelectMany(a => a.Actions.Select(x => x.Anchor).Prepend(a.Anchor)));

    /// <summary>
    /// The anchor of the "Related guidance" list the layouts make from <c>related:</c>. It is the
    /// anchor the body's own "Related guidance" sections had, so links saved to them still land.
    /// </summary>
    public const string RelatedAnchor = "related-guidance";

    /// <summary>The page's permanent address, <c>id/&lt;page-id&gt;/</c>: the same page wherever its type and id put it.</summary>
    public string PermanentPath => SitePaths.Permanent(Id.Value);

    /// <summary>Each alias as the site path it keeps working (<see cref="SitePaths.NormaliseAlias"/>), with the alias as written.</summary>
    public IEnumerable<(string Path, Located<string> Alias)> AliasPaths => Meta.Aliases.Select(a => (SitePaths.NormaliseAlias(a.Value), a));

    /// <summary>Every address the page answers at besides its own URL: its permanent link, then its aliases.</summary>
    public IEnumerable<string> OtherAddresses => AliasPaths.Select(a => a.Path).Prepend(PermanentPath);

    public bool HasAnchor(string anchor)
    {
        // A plain loop, not Any: every link with an anchor asks, in validation and again in render.
        for (var i = 0; i < Headings.Count; i++)
            if (Headings[i].Anchor == anchor) return true;
        return (Levels.Count > 0 || Plan is not null || Meta.Related.Count > 0) && SectionAnchors.Contains(anchor, StringComparer.Ordinal);
    }

    public override string ToString() => $"{Id.Value} ({DisplayPath})";

    /// <summary>The same page published as a profile's home page, at the root of its site.</summary>
    public Page AsHome() => this with { UrlPath = SitePaths.Home };

    public bool Equals(Page? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}

public sealed record Heading(int Level, string Text, string Anchor, SourceLocation Location);

/// <param name="InternalOnly">Marked <c>{.internal-only}</c>: in an edition without its target, the link becomes plain text.</param>
public sealed record BodyLink(string Url, SourceLocation Location, bool IsImage, bool InternalOnly = false);
