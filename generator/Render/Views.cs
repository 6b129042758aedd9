namespace Guidance.Render;

// The shapes the Scriban layouts see. Property names reach templates in snake_case
// (ReviewDue -> review_due). Strings are plain text unless named *Html; layouts escape plain text.

public sealed record LinkView(string Title, string Url, string? Note = null);

public sealed record SiteView(
    string Title,
    string? Organisation,
    string Base,
    string HomeUrl,
    string SearchUrl,
    string GlossaryUrl,
    string LeadsUrl,
    string AzUrl,
    string StylesheetUrl,
    string BuildDate,
    IReadOnlyList<SectionLinkView> Sections,
    string? ReviewsUrl = null);

public sealed record SectionLinkView(string Title, string Url, string Type, int Count, string Description, bool Current);

public sealed record PersonView(string Title, string? Name, string? Url);

public sealed record TocEntry(int Level, string Text, string Anchor);

public sealed record BacklinkView(string Plan, string PlanUrl, string ActionId, string Text, string Url, string? Section);

public sealed record PageView(
    string Id,
    string Title,
    string? Summary,
    string Type,
    string TypeLabel,
    string Url,
    string SectionTitle,
    string SectionUrl,
    PersonView? Owner,
    string? Reviewed,
    string? ReviewDue,
    bool ReviewOverdue,
    IReadOnlyList<string> Tags,
    IReadOnlyList<TocEntry> Toc,
    string BodyHtml,
    IReadOnlyList<LinkView> Related,
    IReadOnlyList<BacklinkView> Backlinks,
    PanelView? Panel,
    IReadOnlyList<LevelView> Levels,
    PlanView? Plan)
{
    /// <summary>
    /// The id of the footer's "Related guidance" heading: <c>related-guidance</c>, unless the body has a
    /// section of that name too (GV152 warns), which keeps the anchor so no two elements share an id.
    /// </summary>
    public string RelatedAnchor { get; init; } = Model.Page.RelatedAnchor;
}

/// <summary>A panel's card. Its purpose is the page's summary, shown once as the introduction above the card.</summary>
public sealed record PanelView(
    PersonView? Chair,
    string? Frequency,
    IReadOnlyList<PersonView> Members,
    string? Quorum,
    string? Referral,
    string? Decisions);

/// <param name="Title">"Level 2: Early help", as the contents list and the copy link name it.</param>
public sealed record LevelView(string Anchor, string Title, string Level, string Name, string? Summary, IReadOnlyList<IndicatorView> Indicators, string? Response);

public sealed record IndicatorView(string Domain, IReadOnlyList<string> Items);

// The plan's views (PlanView, AreaView, ActionView ...) are in PlanViews.cs.

public sealed record PageListItem(string Title, string Url, string? Summary, string TypeLabel, string? Reviewed, bool ReviewOverdue);

public sealed record LeadView(string Id, string Title, string? Name, string? Service, string? Email, string Url,
    IReadOnlyList<LeadActionView> Actions, IReadOnlyList<PageListItem> Owns, IReadOnlyList<PageListItem> Chairs);

public sealed record LeadActionView(string Plan, string ActionId, string Text, string Url, string Due, bool Overdue, string Status, string StatusLabel);

public sealed record GlossaryView(string Term, string Anchor, string? Expansion, string? Definition, LinkView? See);

/// <summary>The glossary's terms under one first letter, for its letter index.</summary>
public sealed record GlossaryLetter(string Letter, string Anchor, IReadOnlyList<GlossaryView> Terms);

public sealed record LetterGroup(string Letter, string Anchor, IReadOnlyList<PageListItem> Pages);

/// <summary>An owner's pages on the Reviews due page: those overdue or due soon.</summary>
public sealed record ReviewOwnerView(string Title, string? Url, string? Email, IReadOnlyList<ReviewItemView> Pages);

public sealed record ReviewItemView(string Title, string Url, string? Reviewed, string? ReviewDue, string? IsoDue, string State, string StateName, int DaysOverdue);

public sealed record Breadcrumb(string Title, string Url);

/// <summary>
/// What the base layout gets: the site, the page's title, its rendered main content. The canonical
/// address is null without <c>site_url</c>: a canonical link must be a full address (a path is
/// flagged by search engines and Lighthouse), and none is better than a guessed host.
/// </summary>
public sealed record LayoutModel(SiteView Site, string Title, string? Description, string? CanonicalUrl,
    IReadOnlyList<Breadcrumb> Breadcrumbs, string ContentHtml, string BodyClass)
{
    /// <summary>The robots meta tag's content (<c>noindex</c> for a page's old versions), or null for none.</summary>
    public string? Robots { get; init; }
}
