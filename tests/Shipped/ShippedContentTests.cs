using Guidance.Diagnostics;
using Guidance.Load;
using Guidance.Model;
using Guidance.Tests.Support;

namespace Guidance.Tests.Shipped;

/// <summary>
/// The shipped content in <c>content/</c> is the site the README's build command makes: it must build
/// cleanly and hold the set the council needs (issue 3's counts), so a broken or thinned-out set fails here.
/// </summary>
public class ShippedContentTests
{
    // The day the shipped set was last corrected (issue 19): its change entries carry this date, so a
    // build for an earlier day would rightly warn (GV131) that they are in the future.
    private const string CorrectedOn = "2026-12-03";

    [Fact]
    public void Builds_with_no_errors_and_only_true_warnings_overdue_reviews_and_stale_action_statuses()
    {
        // Every edition, checked against the committed list of published URLs (a copy, so it is never rewritten).
        using var editions = new ShippedEditions();
        var run = TempSite.Run(["build", "--content", Repo.Content, "--date", CorrectedOn, "--manifest", editions.Manifest, "--all-profiles", "--out", editions.Out("site")]);
        Assert.True(run.ExitCode == 0, run.Stderr);

        // The only warnings are reviews genuinely overdue on that day (README, "The shipped content's warnings").
        var today = DateOnly.Parse(CorrectedOn, System.Globalization.CultureInfo.InvariantCulture);
        var overdue = SiteLoader.Load(Repo.Content, new DiagnosticBag()).Pages
            .Where(p => p.Meta.ReviewDueDate < today)
            .Select(p => $"'{p.Id.Value}' was due for review")
            .Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(overdue);
        // And, from build only, one GV160 per edition: the shipped site.yml cannot know the intranet's address.
        var missingAddress = run.Diagnostics.Where(d => d.Contains(": warning GV160: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, missingAddress.Count); // the internal and partnership editions
        var reviews = run.Diagnostics.Where(d => d.Contains(": warning GV100: page ", StringComparison.Ordinal)).ToList();
        Assert.Equal(overdue, reviews.Select(d => d[(d.IndexOf(": page ", StringComparison.Ordinal) + 7)..d.IndexOf(" on ", StringComparison.Ordinal)]).Order(StringComparer.Ordinal));

        // And plan actions the seed's last update (April 2024) left on a status their due date has
        // since overtaken: past due, not complete, not already recorded as off-track.
        var stale = SiteLoader.Load(Repo.Content, new DiagnosticBag()).Pages.Where(p => p.Plan is not null)
            .SelectMany(p => p.Plan!.Actions)
            .Where(a => a.DueDate < today && a.Status?.Value is not ("complete" or "off-track"))
            .Select(a => $"action {a.Id!.Value} ").Order(StringComparer.Ordinal).ToList();
        // And, from the content's git history (build only), the two early commits whose content was
        // mid-move and never built: they publish no version (GV161), one line each for every edition.
        var skipped = run.Diagnostics.Where(d => d.Contains(": warning GV161: ", StringComparison.Ordinal)).ToList();
        if (skipped.Count > 0)
        {
            Assert.Equal(2, skipped.Count);
            Assert.All(skipped, d => Assert.Matches("commit (00229e4|4ddd641) ", d));
        }
        // And, only while a developer has uncommitted changes to content/ (never in CI's clean clone), one
        // GV162 (at most one per edition) saying the working copy is built as the current version.
        var uncommitted = run.Diagnostics.Where(d => d.Contains(": warning GV162: ", StringComparison.Ordinal)).ToList();
        Assert.True(uncommitted.Count <= 2, string.Join("\n", uncommitted));
        var plan = run.Diagnostics.Except(reviews).Except(missingAddress).Except(skipped).Except(uncommitted).ToList();
        Assert.All(plan, d => Assert.Contains(": warning GV120: action ", d));
        Assert.Equal(stale, plan.Select(d => d[(d.IndexOf(": action ", StringComparison.Ordinal) + 2)..(d.IndexOf(" has ", StringComparison.Ordinal) + 1)]).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(PageType.Standard, 8)]
    [InlineData(PageType.Guide, 10)]
    [InlineData(PageType.Panel, 10)]
    [InlineData(PageType.Continuum, 1)]
    [InlineData(PageType.Plan, 1)]
    [InlineData(PageType.Strategy, 1)]
    public void Holds_at_least_the_pages_the_council_needs(PageType type, int atLeast)
    {
        var site = SiteLoader.Load(Repo.Content, new DiagnosticBag());
        Assert.True(site.Pages.Count(p => p.Type == type) >= atLeast, $"fewer than {atLeast} pages of type {type}");
    }

    [Fact]
    public void The_improvement_plan_has_eight_areas_and_68_actions_each_with_guidance_and_a_lead()
    {
        var plan = SiteLoader.Load(Repo.Content, new DiagnosticBag()).FindPage("improvement-plan")!.Plan!;
        Assert.Equal(8, plan.Areas.Count);
        Assert.Equal(68, plan.Actions.Count());
        Assert.All(plan.Actions, a => Assert.NotEmpty(a.Guidance));
        Assert.All(plan.Actions, a => Assert.NotEmpty(a.Leads));
    }

    [Fact]
    public void The_neglect_strategy_is_published_to_the_partnership()
    {
        var strategy = SiteLoader.Load(Repo.Content, new DiagnosticBag()).FindPage("neglect-strategy")!;
        Assert.Equal(Audience.Partnership, strategy.Meta.AudienceValue);
    }

    [Fact]
    public void The_shipped_glossary_explains_every_acronym_its_pages_use()
    {
        using var editions = new ShippedEditions();
        var run = editions.Build("--all-profiles", "--out", editions.Out("site"));
        Assert.DoesNotContain(run.Diagnostics, d => d.Contains("GV130", StringComparison.Ordinal));
    }
}
