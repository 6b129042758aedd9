namespace Guidance.Diagnostics;

/// <summary>A diagnostic code: its id, how serious a finding under it is, and one line saying what it finds.</summary>
public sealed record DiagnosticCode(string Code, Severity Severity, string Description)
{
    public override string ToString() => Code;
}

/// <summary>
/// Every diagnostic code of every stage, in one table: what the load stage refuses, each validation
/// rule's code (a rule names its entry here), what reading the git history warns about, and the
/// broken-layout error. <c>guidance rules</c>, <c>guidance explain</c> and the README's rules table
/// are this list.
/// </summary>
public static class Codes
{
    // Load: a file that cannot be read as content.
    public static readonly DiagnosticCode Malformed = new("GV001", Severity.Error, "Malformed YAML or front matter: a page with no front matter or no closing '---', or YAML that does not parse.");
    public static readonly DiagnosticCode WrongShape = new("GV002", Severity.Error, "A value has the wrong shape: a list where one value belongs, or a value where a list of entries belongs.");
    public static readonly DiagnosticCode NotUtf8 = new("GV040", Severity.Error, "A file is not UTF-8 (for example Windows-1252, or UTF-16 without a byte-order mark); save it as UTF-8.");
    public static readonly DiagnosticCode ControlCharacter = new("GV041", Severity.Error, "A file holds a control character other than tab or a line break.");
    public static readonly DiagnosticCode LinkOutsideContent = new("GV042", Severity.Error, "A symbolic link or junction in the content folder leads outside it (or nowhere); its target is never published.");
    public static readonly DiagnosticCode TooDeep = new("GV043", Severity.Error, "YAML nests more than 64 levels deep, or Markdown more than 128 (block quotes, lists, emphasis, brackets).");
    public static readonly DiagnosticCode SkippedLink = new("GV110", Severity.Warning, "A link leading outside the content folder was left out, as site.yml's 'outside_links: skip' asks.");

    // Validate: one rule class each (generator/Validate/Rules/<Name>Rule.cs).
    public static readonly DiagnosticCode RequiredFields = new("GV003", Severity.Error, "A required field is missing: site title, page title, owner, review_due, panel chair and frequency, plan areas, lead title.");
    public static readonly DiagnosticCode InvalidValue = new("GV004", Severity.Error, "A value is outside its allowed form: ids must be [a-z0-9-]+, type one of the page types, audience internal, partnership or public.");
    public static readonly DiagnosticCode Date = new("GV005", Severity.Error, "A reviewed or review_due date is not a real date written YYYY-MM-DD.");
    public static readonly DiagnosticCode DuplicatePageId = new("GV006", Severity.Error, "Two pages have the same id.");
    public static readonly DiagnosticCode DuplicateUrl = new("GV007", Severity.Error, "Two pages, aliases or generated pages claim the same URL.");
    public static readonly DiagnosticCode UnknownLead = new("GV008", Severity.Error, "An owner, chair or member looks like a lead id ([a-z0-9-]+) but is not in leads.yml.");
    public static readonly DiagnosticCode DuplicateGlossaryAnchor = new("GV009", Severity.Error, "Two glossary terms differ only in case or punctuation, so they would share one anchor.");
    public static readonly DiagnosticCode ActionHasGuidance = new("GV012", Severity.Error, "A plan action has no guidance link.");
    public static readonly DiagnosticCode PageRef = new("GV013", Severity.Error, "A page ref in guidance, related or a glossary 'see' names a page that does not exist.");
    public static readonly DiagnosticCode PlanAsGuidance = new("GV014", Severity.Error, "A plan action names a plan as its guidance; a plan is not guidance.");
    public static readonly DiagnosticCode PageRefAnchor = new("GV015", Severity.Error, "A page ref's #anchor names a heading that the page does not have.");
    public static readonly DiagnosticCode ActionHasLead = new("GV016", Severity.Error, "A plan action has no named lead, or a placeholder such as TBC, TBA, N/A, none or a blank.");
    public static readonly DiagnosticCode ActionLeadKnown = new("GV017", Severity.Error, "A plan action's lead is not an id in leads.yml.");
    public static readonly DiagnosticCode DuplicateActionId = new("GV018", Severity.Error, "Two actions in one plan have the same id.");
    public static readonly DiagnosticCode ActionDue = new("GV019", Severity.Error, "An action's due is not YYYY-MM, YYYY-MM-DD (a real date), ongoing, weekly, monthly or quarterly.");
    public static readonly DiagnosticCode ActionStatus = new("GV020", Severity.Error, "An action's status is not not-started, on-track, at-risk, off-track or complete.");
    public static readonly DiagnosticCode BodyLink = new("GV021", Severity.Error, "A link in a page body points at a page or file that does not exist.");
    public static readonly DiagnosticCode BodyAnchor = new("GV022", Severity.Error, "A link in a page body names an #anchor that its target page does not have.");
    public static readonly DiagnosticCode LinkEscapesContent = new("GV023", Severity.Error, "A relative link climbs out of the content folder.");
    public static readonly DiagnosticCode UnsafeLink = new("GV024", Severity.Error, "A link uses a scheme other than http, https, mailto or tel (for example javascript:).");
    public static readonly DiagnosticCode RawHtml = new("GV025", Severity.Error, "Raw HTML in a page body holds script, an event handler, an unsafe URL or another element the sanitiser removes.");
    public static readonly DiagnosticCode ActionUpdate = new("GV026", Severity.Error, "An entry of an action's 'updates:' list has no date or one that is not a real YYYY-MM-DD day, no status or an unknown one, or no note.");
    public static readonly DiagnosticCode ProfileSettings = new("GV030", Severity.Error, "A publishing profile in site.yml is set wrongly: a bad name, no or unknown audiences, a missing or unsuitable home page, a shared output folder, a site_url that is not http(s).");
    public static readonly DiagnosticCode ProfileLink = new("GV031", Severity.Error, "In a profile's build, a page links to a page the profile leaves out; mark the link {.internal-only} or widen the other page's audience.");
    public static readonly DiagnosticCode RemovedUrl = new("GV032", Severity.Error, "A URL published before (content/.published.json) is gone with no alias; add the old URL to 'aliases:' or build with --accept-removals.");
    public static readonly DiagnosticCode RemovedAnchor = new("GV033", Severity.Error, "A heading anchor published before is gone; keep it with '## New wording {#old-anchor}' or build with --accept-removals.");
    public static readonly DiagnosticCode ChangeEntry = new("GV034", Severity.Error, "An entry of a page's 'changes:' list has no date, a date that is not a real YYYY-MM-DD day, or no summary.");
    public static readonly DiagnosticCode UnsafePath = new("GV044", Severity.Error, "An alias, id or static file name would not make a safe file: '..' or '.', a backslash, NUL, a character Windows refuses in file names or '#'/'?', a percent-encoded separator or a Windows device name.");
    public static readonly DiagnosticCode ReservedUrl = new("GV045", Severity.Error, "An alias, page or static file claims an address the generator makes: /assets/..., /search/..., feed.xml, sitemap.xml, 404.html, the redirect map and its server configurations (_redirects, web.config, .htaccess, nginx-redirects.conf), a plan's filter pages, or the file of a page, alias or permanent link.");
    public static readonly DiagnosticCode ExternalContent = new("GV046", Severity.Error, "An image from another host, or a link without its scheme (//host/...), that site.yml's allowed_hosts does not name.");
    public static readonly DiagnosticCode SourceEntry = new("GV070", Severity.Error, "An entry of a page's 'sources:' list has no title, no date, or a date that is not YYYY-MM-DD, YYYY-MM or YYYY.");
    public static readonly DiagnosticCode LegalEntry = new("GV071", Severity.Error, "An entry of a page's 'legal:' list is blank or repeats another entry.");
    public static readonly DiagnosticCode ReviewOverdue = new("GV100", Severity.Warning, "A page's review_due date is before the build date (--date, default today).");
    public static readonly DiagnosticCode UnknownKey = new("GV101", Severity.Warning, "A front matter key is not one the contract knows (a likely typo such as reveiw_due).");
    public static readonly DiagnosticCode StatusContradictsDates = new("GV120", Severity.Warning, "An action is past its due date (--date, default today) but its status still says on-track, not-started or at-risk.");
    public static readonly DiagnosticCode UndefinedAcronym = new("GV130", Severity.Warning, "A page uses an acronym-like word (two or more capitals) that is not in glossary.yml or site.yml's acronyms_ignore; reported at its first use on the page.");
    public static readonly DiagnosticCode FutureDate = new("GV131", Severity.Warning, "A page's 'reviewed' date or a 'changes:' date is after the build date (--date, default today).");
    public static readonly DiagnosticCode UnusedGlossaryTerm = new("GV140", Severity.Info, "A glossary term is used on no page (listed by 'guidance check --report unused', not by every build).");
    public static readonly DiagnosticCode ToConfirm = new("GV150", Severity.Warning, "A page's owner or a panel's chair is still 'To confirm', the placeholder 'guidance new' writes.");
    public static readonly DiagnosticCode AreaWithoutActions = new("GV151", Severity.Warning, "A plan area has no actions yet.");
    public static readonly DiagnosticCode RelatedListedTwice = new("GV152", Severity.Warning, "A page has both 'related:' and a 'Related guidance' section in its body, so readers get two lists.");
    public static readonly DiagnosticCode SiteUrlMissing = new("GV160", Severity.Warning, "A site built for publishing has no 'site_url' in site.yml (or its profile), so the sitemap, feed, canonical links and citations hold paths, not full addresses.");

    // History: versions read from the content folder's git history.
    public static readonly DiagnosticCode InvalidCommit = new("GV161", Severity.Warning, "A commit in the content folder's history has content that fails validation, so it publishes no version of any page; the build goes on.");
    public static readonly DiagnosticCode Uncommitted = new("GV162", Severity.Warning, "The content folder has changes not yet committed: the working copy is built as the current version, but it is in no published version until it is committed.");
    public static readonly DiagnosticCode ShallowClone = new("GV163", Severity.Warning, "The repository is a shallow clone, so only the versions in the commits it holds are published; older ones are missing until it is fetched in full.");

    /// <summary>
    /// A layout under layouts/ that does not parse, or fails while a page is rendered. Not a finding
    /// in the content (the build exits 2, see Render/TemplateSet), so <see cref="All"/> leaves it out, but
    /// it is explained like one.
    /// </summary>
    public static readonly DiagnosticCode Layout = new("GV090", Severity.Error, "A layout under layouts/ does not parse, or fails while a page is rendered.");

    /// <summary>Every code a run over the content can report, errors first, then by code.</summary>
    public static IReadOnlyList<DiagnosticCode> All { get; } =
        typeof(Codes).GetFields().Select(f => f.GetValue(null)).OfType<DiagnosticCode>().Where(c => c != Layout)
            .OrderBy(c => c.Severity).ThenBy(c => c.Code, StringComparer.Ordinal).ToList();

    /// <summary>The code of that name, the layout error's included, or null.</summary>
    public static DiagnosticCode? Find(string code) => All.Append(Layout).FirstOrDefault(c => c.Code == code);

    /// <summary>The full text of a code for <c>guidance explain</c>, or null when it has none.</summary>
    public static string? Explanation(string code)
    {
        using var stream = typeof(Codes).Assembly.GetManifestResourceStream($"explanations/{code}.txt");
        return stream is null ? null : new StreamReader(stream).ReadToEnd();
    }
}
