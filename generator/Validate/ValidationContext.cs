using Guidance.Diagnostics;
using Guidance.Edition;
using Guidance.Model;

namespace Guidance.Validate;

/// <summary>What every rule sees: the site, the build date, the profile being built and the body links, resolved once.</summary>
public sealed class ValidationContext(Site site, DateOnly today, DiagnosticBag diagnostics, PublishingContext? publishing = null)
{
    public Site Site { get; } = site;

    /// <summary>The profile being built and what it published before; null when only the content is checked.</summary>
    public PublishingContext? Publishing { get; } = publishing;
    public DateOnly Today { get; } = today;
    /// <summary>
    /// Every body link of every page, resolved once (in parallel, in page and link order) and shared
    /// by the rules that check links, rather than resolved again by each of them.
    /// </summary>
    public IReadOnlyList<(Page Page, BodyLink Link, ResolvedLink Resolved)> BodyLinks => _bodyLinks.Value;

    private readonly Lazy<IReadOnlyList<(Page, BodyLink, ResolvedLink)>> _bodyLinks = new(() =>
    {
        var links = LinkResolver.For(site);
        return site.Pages.AsParallel().AsOrdered()
            .SelectMany(page => page.Links.Select(link => (page, link, links.Resolve(page, link.Url))))
            .ToList();
    });

    public void Report(IRule rule, SourceLocation at, string message, string? hint = null) =>
        diagnostics.Report(rule.Code, at, message, hint);

    /// <summary>Reports a problem that exists only because <paramref name="cause"/> failed to load, so it is folded under that file's error.</summary>
    public void ReportFollowOn(IRule rule, UnloadedPage cause, SourceLocation at, string message) =>
        diagnostics.Add(new Diagnostic(rule.Code.Severity, rule.Code.Code, at, message,
            $"{cause.DisplayPath} failed to load (see its error); fix that and this goes too")
        { FollowsFrom = cause.DisplayPath });

    /// <summary>Reports at another severity than the rule's own, e.g. a removal the build was told to accept.</summary>
    public void Report(IRule rule, Severity severity, SourceLocation at, string message, string? hint) =>
        diagnostics.Add(new Diagnostic(severity, rule.Code.Code, at, message, hint));

    public IEnumerable<Page> PlanPages => Site.Pages.Where(p => p.Plan is not null);

    public IEnumerable<(Page Page, PlanAction Action)> Actions =>
        PlanPages.SelectMany(p => p.Plan!.Actions.Select(a => (p, a)));
}
