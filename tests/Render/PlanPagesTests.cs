using AngleSharp.Html.Parser;
using Guidance.Tests.Support;

namespace Guidance.Tests.Render;

/// <summary>
/// The plan as a board uses it, built from a small plan written for these tests: statuses as shown
/// (overdue wins over what was written), the static filter pages, updates and the changed-since view,
/// and the bad inputs of issue 16 (a bad update, a lead with no actions, an empty plan).
/// </summary>
public class PlanPagesTests
{
    private const string Plan = """
        ---
        title: Board plan
        summary: The plan the board tracks.
        owner: director-of-operations
        reviewed: 2024-04-01
        areas:
          - number: 1
            title: Strategy meetings
            actions:
              - id: "1.1"
                action: Hold every strategy meeting within a working day.
                leads: [head-of-mash]
                due: 2024-03
                status: on-track
                guidance: [supervision]
                updates:
                  - date: 2024-01-10
                    status: on-track
                    note: Started.
                  - date: 2024-05-02
                    status: at-risk
                    note: Police attendance is falling.
              - id: "1.2"
                action: Audit strategy meetings monthly.
                leads: [head-of-mash]
                due: 2024-06-20
                status: on-track
                guidance: [supervision]
          - number: 2
            title: Supervision
            actions:
              - id: "2.1"
                action: Pilot a booking system.
                leads: [psw]
                due: 2024-02
                status: complete
                guidance: [tclpm]
                updates:
                  - date: 2024-01-10
                    status: complete
                    note: Live in every team.
        ---
        The plan's introduction.
        """;

    private static TempSite Site() => TempSite.From().Write("plans/improvement-plan.md", Plan);

    private static AngleSharp.Html.Dom.IHtmlDocument Html(TempSite site, string path) => new HtmlParser().ParseDocument(site.ReadOutput(path));

    private static string Status(AngleSharp.Html.Dom.IHtmlDocument page, string action) =>
        page.QuerySelector($"#action-{action} .action-status .status")!.TextContent.Trim();

    [Fact]
    public void An_action_past_its_due_date_is_shown_overdue_and_check_warns_at_its_line()
    {
        using var site = Site();
        var build = site.Build();
        Assert.Equal(0, build.ExitCode);
        var page = Html(site, "plans/improvement-plan/index.html");
        Assert.Equal("Overdue", Status(page, "1-1"));
        Assert.Equal("On track", Status(page, "1-2"));
        Assert.Equal("Complete", Status(page, "2-1"));
        // The overdue action is flagged where its status is written (line 14), the complete one not at all.
        var warning = Assert.Single(build.Diagnostics, d => d.Contains("GV120", StringComparison.Ordinal));
        Assert.Contains("improvement-plan.md:14:", warning, StringComparison.Ordinal);
        Assert.Contains("action 1.1 has status 'on-track'", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Filter_pages_keep_only_their_actions_without_javascript()
    {
        using var site = Site();
        Assert.Equal(0, site.Build().ExitCode);
        string[] Ids(string path) => Html(site, path).QuerySelectorAll("tr.action .action-id").Select(c => c.TextContent.Replace("Action ", "", StringComparison.Ordinal).Trim()).ToArray();

        Assert.Equal(["1.1"], Ids("plans/improvement-plan/status/overdue/index.html"));
        Assert.Equal(["1.2"], Ids("plans/improvement-plan/status/due-soon/index.html"));
        Assert.Equal(["1.2"], Ids("plans/improvement-plan/status/on-track/index.html"));
        Assert.Equal(["2.1"], Ids("plans/improvement-plan/area/2/index.html"));
        Assert.Equal(["1.1", "1.2"], Ids("plans/improvement-plan/lead/head-of-mash/index.html"));
        // Changed since the update before the latest (10 January): only 1.1 changed on 2 May.
        Assert.Equal(["1.1"], Ids("plans/improvement-plan/changed/index.html"));
        Assert.Contains("Changed since 10 January 2024", site.ReadOutput("plans/improvement-plan/changed/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_lead_with_no_actions_has_a_page_that_says_so()
    {
        using var site = Site();
        Assert.Equal(0, site.Build().ExitCode);
        var page = Html(site, "plans/improvement-plan/lead/director-of-operations/index.html");
        Assert.Empty(page.QuerySelectorAll("tr.action"));
        Assert.Contains("Director of Operations", page.QuerySelector(".plan-empty")!.TextContent, StringComparison.Ordinal);
        // The plan page's own lead filter lists only the leads who have actions.
        var plan = site.ReadOutput("plans/improvement-plan/index.html");
        Assert.DoesNotContain("lead/director-of-operations/", plan, StringComparison.Ordinal);
        Assert.Contains("lead/head-of-mash/", plan, StringComparison.Ordinal);
    }

    [Fact]
    public void An_update_with_a_bad_date_and_status_is_reported_at_its_line_and_nothing_is_written()
    {
        using var site = Site().Write("plans/improvement-plan.md", Plan.Replace("date: 2024-05-02\n            status: at-risk", "date: 2024-05-32\n            status: amber", StringComparison.Ordinal));
        var build = site.Build();
        Assert.Equal(1, build.ExitCode);
        var errors = build.Diagnostics.Where(d => d.Contains("error GV026", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, d => d.Contains("improvement-plan.md:20:", StringComparison.Ordinal) && d.Contains("'2024-05-32'", StringComparison.Ordinal));
        Assert.Contains(errors, d => d.Contains("improvement-plan.md:21:", StringComparison.Ordinal) && d.Contains("amber", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", build.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void An_empty_plan_is_a_diagnostic_and_a_plan_with_no_actions_yet_a_page_that_says_so()
    {
        const string Head = "---\ntitle: Board plan\nsummary: Not yet written.\nowner: director-of-operations\nreviewed: 2024-04-01\n";
        using var empty = TempSite.From().Write("plans/improvement-plan.md", Head + "areas: []\n---\nTo come.\n");
        var check = empty.Check();
        Assert.Equal(1, check.ExitCode);
        Assert.Contains(check.Diagnostics, d => d.Contains("error GV003", StringComparison.Ordinal) && d.Contains("has no 'areas'", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", check.Stderr, StringComparison.Ordinal);

        using var site = TempSite.From().Write("plans/improvement-plan.md", Head + "areas:\n  - number: 1\n    title: Strategy meetings\n    actions: []\n---\nTo come.\n");
        var build = site.Build();
        Assert.Equal(0, build.ExitCode);
        Assert.Contains(build.Diagnostics, d => d.Contains("improvement-plan.md:7:5: warning GV151", StringComparison.Ordinal));
        var page = Html(site, "plans/improvement-plan/index.html");
        Assert.Empty(page.QuerySelectorAll("tr.action"));
        Assert.Contains("This plan has no actions yet.", page.Body!.TextContent, StringComparison.Ordinal);
    }
}
