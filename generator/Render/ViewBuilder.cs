using Guidance.Model;

namespace Guidance.Render;

/// <summary>Maps the model to the views the layouts see. Pure: no I/O, no rendering.</summary>
/// <param name="reviewsPage">Whether this edition has the authors' Reviews due page (the staff edition only).</param>
public sealed class ViewBuilder(Site site, CrossReferences xrefs, DateOnly today, bool reviewsPage = false)
{
    // Counted once: every page shows the section list, so counting per page would be quadratic.
    private readonly Dictionary<PageType, int> _sectionCounts = site.Pages.GroupBy(p => p.Type).ToDictionary(g => g.Key, g => g.Count());

    public SiteView SiteView(PageType? current = null) => new(
        Title: site.Settings.Title?.Value ?? "Guidance",
        Organisation: site.Settings.Organisation,
        Base: site.Settings.BaseUrl,
        HomeUrl: site.Url(SitePaths.Home),
        SearchUrl: site.Url(SitePaths.Search),
        GlossaryUrl: site.Url(SitePaths.Glossary),
        LeadsUrl: site.Url(SitePaths.Leads),
        AzUrl: site.Url(SitePaths.AtoZ),
        StylesheetUrl: site.Url(SitePaths.Assets + "site.css"),
        BuildDate: Dates.Display(today),
        Sections: Sections(current),
        ReviewsUrl: reviewsPage ? site.Url(SitePaths.ReviewsDue) : null);

    public IReadOnlyList<SectionLinkView> Sections(PageType? current = null) =>
        PageTypes.All.Where(i => i.Folder.Length > 0)
            .Select(i => (Info: i, Count: _sectionCounts.GetValueOrDefault(i.Type)))
            .Where(s => s.Count > 0)
            .Select(s => new SectionLinkView(s.Info.Plural, site.Url(SitePaths.Section(s.Info.Type)), s.Info.Name, s.Count,
                SectionDescriptions.For(s.Info.Type), s.Info.Type == current))
            .ToList();

    public PageView Page(Page page, string bodyHtml)
    {
        var info = PageTypes.Of(page.Type);
        var m = page.Meta;
        return new PageView(
            Id: page.Id.Value,
            Title: page.Title,
            Summary: m.Summary?.Value,
            Type: info.Name,
            TypeLabel: info.Singular,
            Url: site.Url(page),
            SectionTitle: info.Plural,
            SectionUrl: info.Folder.Length > 0 ? site.Url(SitePaths.Section(page.Type)) : site.Url(SitePaths.AtoZ),
            Owner: m.Owner is { } owner ? Person(owner.Value) : null,
            Reviewed: m.ReviewedDate is { } r ? Dates.Display(r) : null,
            ReviewDue: m.ReviewDueDate is { } d ? Dates.Display(d) : null,
            ReviewOverdue: m.IsReviewOverdue(today),
            Tags: m.Tags.Select(t => t.Value).ToList(),
            Toc: Toc(page),
            BodyHtml: bodyHtml,
            Related: m.Related.Select(r => PageLink(PageRef.Parse(r.Value))).OfType<LinkView>().ToList(),
            Backlinks: xrefs.ActionsRelyingOn(page).Select(r => Backlink(r, page)).ToList(),
            Panel: page.Panel is { } panel ? Panel(page, panel) : null,
            Levels: page.Levels.Select(Level).ToList(),
            Plan: page.Plan is { } plan ? new PlanViewBuilder(site, this, today).Build(page, plan) : null)
        {
            RelatedAnchor = page.Headings.Any(h => h.Anchor == Model.Page.RelatedAnchor) ? "related-list" : Model.Page.RelatedAnchor,
        };
    }

    public PersonView Person(string idOrText)
    {
        var lead = site.FindLead(idOrText);
        return lead is null
            ? new PersonView(idOrText, null, null)
            : new PersonView(lead.DisplayTitle, lead.Name, site.Url(SitePaths.Lead(lead.Id.Value)));
    }

    public LinkView? PageLink(PageRef reference)
    {
        var page = site.FindPage(reference.PageId);
        if (page is null) return null;
        var heading = reference.Anchor is null ? null : page.Headings.FirstOrDefault(h => h.Anchor == reference.Anchor);
        return new LinkView(page.Title, site.Url(page, reference.Anchor), heading?.Text ?? PageTypes.Of(page.Type).Singular);
    }

    public PageListItem ListItem(Page page) => new(
        page.Title, site.Url(page), page.Meta.Summary?.Value, PageTypes.Of(page.Type).Singular,
        page.Meta.ReviewedDate is { } r ? Dates.Display(r) : null,
        page.Meta.IsReviewOverdue(today));

    private BacklinkView Backlink(CrossReferences.ActionRef r, Page guidance) => new(
        r.Plan.Title, site.Url(r.Plan), r.Action.Id?.Value ?? "", r.Action.Text ?? "", site.Url(r.Plan, r.Action.Anchor),
        r.Anchor is null ? null : guidance.Headings.FirstOrDefault(h => h.Anchor == r.Anchor)?.Text);

    private PanelView Panel(Page page, PanelCard panel) => new(
        Chair: panel.Chair is { } chair ? Person(chair.Value) : null,
        Frequency: panel.Frequency?.Value,
        Members: panel.Members.Select(m => Person(m.Value)).ToList(),
        Quorum: panel.Quorum,
        Referral: panel.Referral,
        Decisions: panel.Decisions);

    /// <summary>The page's contents: a continuum's levels first (they come before the body), then the body's sections.</summary>
    private static List<TocEntry> Toc(Page page)
    {
        var levels = page.Levels.Count == 0 ? [] : page.Levels.Select(l => new TocEntry(3, LevelTitle(l), l.Anchor))
            .Prepend(new TocEntry(2, "Levels of need", ContinuumLevel.ListAnchor));
        return levels.Concat(page.Headings.Where(h => h.Level is 2 or 3 && h.Anchor.Length > 0).Select(h => new TocEntry(h.Level, h.Text, h.Anchor))).ToList();
    }

    private static string LevelTitle(ContinuumLevel level) => $"Level {level.Level?.Value}: {level.Name}".Trim().TrimEnd(':');

    private static LevelView Level(ContinuumLevel level) => new(
        level.Anchor,
        LevelTitle(level),
        level.Level?.Value ?? "",
        level.Name ?? "",
        level.Summary,
        level.Indicators.Select(i => new IndicatorView(Humanise(i.Domain), i.Items)).ToList(),
        level.Response);

    public LeadActionView LeadAction(CrossReferences.ActionRef r) => new(
        r.Plan.Title, r.Action.Id?.Value ?? "", r.Action.Text ?? "", site.Url(r.Plan, r.Action.Anchor),
        DueLabel(r.Action.Due?.Value), IsOverdue(r.Action), PlanFilters.Shown(r.Action, today).Name, PlanFilters.Shown(r.Action, today).Label);

    /// <summary>An action is overdue when its due date has passed and it is not complete; recurring actions never are.</summary>
    public bool IsOverdue(PlanAction action) => action.IsOverdue(today);

    public static string DueLabel(string? due)
    {
        if (due is null) return "Not set";
        if (Dates.ParseDay(due) is { } day) return Dates.Display(day);
        if (Dates.ParseMonth(due) is { } month) return Dates.MonthYear(month);
        return Humanise(due);
    }

    /// <summary>"family-and-environment" or "family_and_environment" to "Family and environment".</summary>
    public static string Humanise(string text)
    {
        var words = text.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }
}

/// <summary>The one-line description of each section on the home page.</summary>
public static class SectionDescriptions
{
    public static string For(PageType type) => type switch
    {
        PageType.Standard => "What we expect of practice, with timescales and who does what.",
        PageType.Guide => "Short guides to a tool, process or approach, readable in a minute.",
        PageType.Panel => "Terms of reference for panels and oversight meetings.",
        PageType.Continuum => "The levels of need and the right response at each.",
        PageType.Plan => "Improvement plans, their actions, leads and progress.",
        PageType.Strategy => "Strategies shared with our safeguarding partners.",
        _ => "",
    };
}
