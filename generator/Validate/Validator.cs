using Guidance.Diagnostics;
using Guidance.Edition;
using Guidance.Model;
using Guidance.Validate.Rules;

namespace Guidance.Validate;

/// <summary>The validate stage: runs every rule over the site and collects what they find.</summary>
public static class Validator
{
    /// <summary>Every rule, in code order. Adding a rule means adding a class and listing it here.</summary>
    public static IReadOnlyList<IRule> Rules { get; } =
    [
        new RequiredFieldsRule(),
        new InvalidValueRule(),
        new DateRule(),
        new DuplicatePageIdRule(),
        new DuplicateUrlRule(),
        new UnknownLeadRule(),
        new DuplicateGlossaryAnchorRule(),
        new ActionHasGuidanceRule(),
        new PageRefRule(),
        new PlanAsGuidanceRule(),
        new PageRefAnchorRule(),
        new ActionHasLeadRule(),
        new ActionLeadKnownRule(),
        new DuplicateActionIdRule(),
        new ActionDueRule(),
        new ActionStatusRule(),
        new ActionUpdateRule(),
        new StatusContradictsDatesRule(),
        new BodyLinkRule(),
        new BodyAnchorRule(),
        new LinkEscapesContentRule(),
        new UnsafeLinkRule(),
        new RawHtmlRule(),
        new UnsafePathRule(),
        new ReservedUrlRule(),
        new ExternalContentRule(),
        new ProfileSettingsRule(),
        new ProfileLinkRule(),
        new RemovedUrlRule(),
        new RemovedAnchorRule(),
        new ChangeEntryRule(),
        new SourceEntryRule(),
        new LegalEntryRule(),
        new ReviewOverdueRule(),
        new UnknownKeyRule(),
        new ToConfirmRule(),
        new AreaWithoutActionsRule(),
        new RelatedListedTwiceRule(),
        new UndefinedAcronymRule(),
        new FutureDateRule(),
        new UnusedGlossaryTermRule(),
        new SiteUrlMissingRule(),
    ];

    /// <summary>Runs every rule: what a commit of the history is checked by, one edition at a time.</summary>
    public static void Validate(Site site, DateOnly today, DiagnosticBag diagnostics, PublishingContext? publishing = null) =>
        Run(Rules, site, today, diagnostics, publishing);

    /// <summary>Runs the rules over the content as a whole, once however many editions are built from it.</summary>
    public static void ValidateContent(Site site, DateOnly today, DiagnosticBag diagnostics) =>
        Run(Rules.Where(r => !r.ChecksEdition), site, today, diagnostics, null);

    /// <summary>Runs the rules of one edition: what its profile publishes, and what it published before.</summary>
    public static void ValidateEdition(Site site, DateOnly today, DiagnosticBag diagnostics, PublishingContext publishing) =>
        Run(Rules.Where(r => r.ChecksEdition), site, today, diagnostics, publishing);

    private static void Run(IEnumerable<IRule> rules, Site site, DateOnly today, DiagnosticBag diagnostics, PublishingContext? publishing)
    {
        var context = new ValidationContext(site, today, diagnostics, publishing);
        foreach (var rule in rules) rule.Check(context);
    }
}
