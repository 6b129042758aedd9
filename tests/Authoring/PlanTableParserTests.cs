using Guidance.Authoring;
using Guidance.Model;

namespace Guidance.Tests.Authoring;

/// <summary>One small table per quirk of real plan tables.</summary>
public class PlanTableParserTests
{
    private const string Header = "Action\t\tAccountable Lead\tBy When\tExpected Outcomes\tMeasures that matter";

    private static readonly LeadSplitter Leads = new([
        Lead("head-of-mash", "Head of MASH"),
        Lead("head-of-early-help", "Head of Early Help"),
        Lead("head-of-safeguarding", "Head of Safeguarding"),
        Lead("head-of-safeguarding-qa", "Head of Safeguarding and QA"),
        Lead("psw", "Principal Social Worker", "PSW"),
    ]);

    private static Lead Lead(string id, string title, params string[] aliases) =>
        new(new Located<string>(id, new SourceLocation("leads.yml", 1, 1)), title, null, null, null, aliases);

    private static ImportedPlan Parse(params string[] lines) =>
        PlanTableParser.Parse(lines.Select((line, i) => new TableRow(i + 1, line.Split('\t'))), Leads);

    private static IEnumerable<string> Ids(ImportedPlan plan) => plan.Actions.Select(a => a.Id);

    [Fact]
    public void Numbering_restarts_in_every_area_and_continues_after_continued()
    {
        var plan = Parse(
            "What needs to improve? (Area 1) Strategy meetings.", Header,
            "1.1\tDo one\tPSW\tMonthly",
            "What needs to improve? (Area 2) Supervision.", Header,
            "1.1\tDo two\tPSW\tMonthly",
            "1.2\tDo three\tPSW\tMonthly",
            "What needs to improve? (Area 2) Supervision (continued)", Header,
            "1.3\tDo four\tPSW\tMonthly");
        Assert.Equal(["1.1", "2.1", "2.2", "2.3"], Ids(plan));
        Assert.Equal(2, plan.Areas.Count);
        Assert.Equal("Supervision", plan.Areas[1].Title);
        Assert.Empty(plan.Notes);
    }

    [Fact]
    public void A_page_marker_instead_of_a_number_takes_the_next_number()
    {
        var plan = Parse("(Area 3) Neglect", "1.1\tA\tPSW\tMonthly", "Page 61\tB\tPSW\tMonthly", "1.3 Page 62\tC\tPSW\tMonthly");
        Assert.Equal(["3.1", "3.2", "3.3"], Ids(plan));
        Assert.All(plan.Notes, n => Assert.False(n.NeedsDecision));
    }

    [Fact]
    public void A_stray_page_marker_line_is_skipped_and_reported()
    {
        var plan = Parse("(Area 1) A", "1.1\tA\tPSW\tMonthly", "", "Page 67", "", "(Area 2) B", "1.1\tB\tPSW\tMonthly");
        Assert.Equal(["1.1", "2.1"], Ids(plan));
        Assert.Contains(plan.Notes, n => n.Line == 4 && n.Message.Contains("page marker 'Page 67'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_with_a_leading_empty_cell_is_read_one_cell_to_the_left()
    {
        var plan = Parse("(Area 2) B", "1.3\tA\tPSW\tMonthly", "\t1.4\tPilot a booking system\tPSW\tDecember 2023\tBetter supervision");
        var action = plan.Actions.Last();
        Assert.Equal(("2.4", "Pilot a booking system", "2023-12"), (action.Id, action.Text, action.Due));
        Assert.Equal(["psw"], action.Leads);
        Assert.Equal(["Better supervision"], plan.Areas[0].Outcomes);
    }

    [Fact]
    public void A_repeated_number_gets_the_next_free_one_and_asks_for_a_decision()
    {
        var plan = Parse("(Area 1) A", "1.1\tA\tPSW\tMonthly", "1.2\tB\tPSW\tMonthly", "1.2\tC\tPSW\tMonthly");
        Assert.Equal(["1.1", "1.2", "1.3"], Ids(plan));
        Assert.Contains(plan.Notes, n => n.NeedsDecision && n.Line == 4);
    }

    [Fact]
    public void Leads_run_together_are_split_longest_title_first()
    {
        Assert.Equal(["head-of-mash", "head-of-early-help"], Leads.Split("Head of MASH Head of Early Help").Select(l => l.Value));
        Assert.Equal(["head-of-safeguarding-qa", "psw"], Leads.Split("head of safeguarding and QA  PSW").Select(l => l.Value));
        Assert.Equal([new LeadMatch("psw", true), new LeadMatch("Play Therapist", false)], Leads.Split("PSW and Play Therapist"));
    }

    [Fact]
    public void An_unknown_or_placeholder_lead_is_kept_or_emptied_and_reported()
    {
        var plan = Parse("(Area 1) A", "1.1\tA\tSenior Curator\tMonthly", "1.2\tB\tTBC\tMonthly");
        Assert.Equal(["Senior Curator"], plan.Actions.First().Leads);
        Assert.Empty(plan.Actions.Last().Leads);
        Assert.Equal([2, 3], plan.Notes.Where(n => n.NeedsDecision).Select(n => n.Line));
    }

    [Theory]
    [InlineData("December 2023", "2023-12", null)]
    [InlineData("Sept 2023", "2023-09", null)]
    [InlineData("September 2023 (ongoing)", "2023-09", "ongoing")]
    [InlineData("Ongoing", "ongoing", null)]
    [InlineData("Monthly", "monthly", null)]
    [InlineData("Weekly", "weekly", null)]
    [InlineData("Quarterly", "quarterly", null)]
    [InlineData("31/03/2024", "2024-03-31", null)]
    [InlineData("2024-03", "2024-03", null)]
    [InlineData("Monthly/quarterly", null, null)]
    [InlineData("TBC", null, null)]
    public void Dates_become_due_values(string cell, string? due, string? note) =>
        Assert.Equal(new DueParser.Result(due, note), DueParser.Parse(cell));

    [Fact]
    public void An_unreadable_date_is_kept_and_reported()
    {
        var plan = Parse("(Area 1) A", "1.1\tA\tPSW\tSpring 2024");
        Assert.Equal("Spring 2024", plan.Actions.Single().Due);
        Assert.Contains(plan.Notes, n => n.NeedsDecision && n.Message.Contains("'Spring 2024'", StringComparison.Ordinal));
    }

    [Fact]
    public void Outcomes_and_measures_belong_to_the_area_split_by_paragraph_and_deduplicated()
    {
        var plan = Parse("(Area 4) Pre-proceedings",
            "1.1\tA\tPSW\tMonthly\t<p>No pre-proceedings longer than 16 weeks.</p> <p>Fewer delays.</p>\t<p>Number of children.</p>",
            "1.2\tB\tPSW\tMonthly\tFewer delays.\t",
            "\t\t\t\tChildren enter care in a planned way.\tMonthly audit.",
            "\t\t\t\t\tIncrease in audits rated good.");
        var area = plan.Areas.Single();
        Assert.Equal(["No pre-proceedings longer than 16 weeks.", "Fewer delays.", "Children enter care in a planned way."], area.Outcomes);
        Assert.Equal(["Number of children.", "Monthly audit.", "Increase in audits rated good."], area.Measures);
        Assert.Equal(2, plan.Actions.Count());
    }

    [Fact]
    public void A_continuation_line_joins_the_action_above()
    {
        var plan = Parse("(Area 1) A", "1.1\tSet up workshops\tPSW\tMonthly", "for every team in the service");
        Assert.Equal("Set up workshops for every team in the service", plan.Actions.Single().Text);
        Assert.Contains(plan.Notes, n => n.Line == 3);
    }

    [Fact]
    public void A_row_with_a_number_but_no_action_is_reported_not_dropped()
    {
        var plan = Parse("(Area 1) A", "1.1\tA\tPSW\tMonthly", "1.2\t\tPSW\tMonthly");
        Assert.Single(plan.Actions);
        Assert.Contains(plan.Notes, n => n.NeedsDecision && n.Line == 3);
    }

    [Fact]
    public void Rows_before_any_area_heading_go_into_an_untitled_area_that_needs_a_title()
    {
        var plan = Parse("1.1\tA\tPSW\tMonthly");
        Assert.Equal("Untitled area", plan.Areas.Single().Title);
        Assert.Contains(plan.Notes, n => n.NeedsDecision && n.Line == 1);
    }
}
