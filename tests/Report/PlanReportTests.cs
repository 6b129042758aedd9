using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Guidance.Tests.Support;

namespace Guidance.Tests.Report;

/// <summary>The report of a small plan written for each test, where every status and date is known.</summary>
public class PlanReportTests
{
    // On 2024-06-01: 1.1 is overdue though written on track; 1.2 is complete though its date has passed;
    // 1.3 is due within 30 days; 2.1 recurs and is at risk; 2.2 is overdue and longer overdue than 1.1.
    private const string Plan = """
        ---
        title: Board plan
        owner: director-of-operations
        areas:
          - number: 1
            title: Strategy meetings
            actions:
              - id: "1.1"
                action: Run workshops, "with partners"
                leads: [director-of-operations]
                due: 2024-03
                status: on-track
                guidance: [supervision]
              - id: "1.2"
                action: =Set up the scheduling system
                leads: [psw, head-of-mash]
                due: 2023-09
                status: complete
                guidance: [supervision]
              - id: "1.3"
                action: Publish the timeliness report <b>weekly</b>
                leads: [psw]
                due: 2024-06-20
                guidance: [supervision]
          - number: 2
            title: Supervision
            actions:
              - id: "2.1"
                action: Dip sample supervision
                leads: [psw]
                due: monthly
                status: at-risk
                guidance: [supervision]
              - id: "2.2"
                action: Audit supervision records
                leads: [head-of-mash]
                due: 2023-12-31
                status: off-track
                guidance: [supervision]
        ---
        The board's plan.
        """;

    private static TempSite Site() => TempSite.From().Write("plans/board-plan.md", Plan);

    private static CliRun Report(TempSite site, string format, string file, params string[] extra) =>
        TempSite.Run(["report", "plan", "--content", site.Content, "--plan", "board-plan", "--format", format, "--out", file, "--date", "2024-06-01", .. extra]);

    [Fact]
    public void Overdue_actions_are_reported_overdue_beside_their_written_status_and_listed_first()
    {
        using var site = Site();
        var file = Path.Combine(site.Root, "board.docx");
        var run = Report(site, "docx", file);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("5 actions: 2 overdue, 1 at risk, 1 not started, 1 complete; 1 due in the next 30 days.", run.Stdout, StringComparison.Ordinal);

        using var document = WordprocessingDocument.Open(file, isEditable: false);
        var tables = document.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();
        var rows = (int table) => tables[table].Elements<TableRow>().Skip(1).Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        // The figures table: area, actions, overdue, off track, at risk, on track, not started, complete, due in 30 days.
        Assert.Equal(["1. Strategy meetings", "3", "1", "0", "0", "0", "1", "1", "1"], rows(0)[0]);
        Assert.Equal(["All areas", "5", "2", "0", "1", "0", "1", "1", "1"], rows(0)[2]);
        Assert.Equal(["1.1", "1.2", "1.3"], rows(1).Select(r => r[0]));
        Assert.Equal("Overdue (written: On track) (Red)", rows(1)[0][4]);
        Assert.Equal("Complete (Blue)", rows(1)[1][4]);
        Assert.Equal("Principal Social Worker; Head of MASH", rows(1)[1][2]);
        Assert.Equal("20 June 2024", rows(1)[2][3]);
        // 2.2 is overdue, so it comes before 2.1; its colour is red and its cell says so in words.
        Assert.Equal(["2.2", "2.1"], rows(2).Select(r => r[0]));
        Assert.Equal("Overdue (written: Off track) (Red)", rows(2)[0][4]);
        var shading = tables[2].Elements<TableRow>().Skip(1).Select(r => r.Elements<TableCell>().Last().TableCellProperties!.GetFirstChild<Shading>()!.Fill!.Value).ToList();
        Assert.Equal(["E06666", "FFC000"], shading);
    }

    [Fact]
    public void The_csv_quotes_by_rfc_4180_and_keeps_formulas_from_running()
    {
        using var site = Site();
        var file = Path.Combine(site.Root, "board.csv");
        Assert.Equal(0, Report(site, "csv", file).ExitCode);
        var text = File.ReadAllText(file);
        Assert.Contains("1,Strategy meetings,1.1,\"Run workshops, \"\"with partners\"\"\",Director of Operations,2024-03,March 2024,overdue,on-track,Red,yes,no\r\n", text, StringComparison.Ordinal);
        Assert.Contains(",1.2,\"'=Set up the scheduling system\",", text, StringComparison.Ordinal);
        Assert.Contains(",1.3,Publish the timeliness report <b>weekly</b>,Principal Social Worker,2024-06-20,20 June 2024,not-started,not-started,Grey,no,yes\r\n", text, StringComparison.Ordinal);
        // The plan's order, not the board's: 2.1 before 2.2.
        Assert.True(text.IndexOf(",2.1,", StringComparison.Ordinal) < text.IndexOf(",2.2,", StringComparison.Ordinal));
    }

    [Fact]
    public void The_html_encodes_what_the_content_says()
    {
        using var site = Site();
        var file = Path.Combine(site.Root, "board.html");
        Assert.Equal(0, Report(site, "html", file).ExitCode);
        var html = File.ReadAllText(file);
        Assert.Contains("Publish the timeliness report &lt;b&gt;weekly&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>weekly", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"area-2\">Area 2: Supervision</h2>", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("<td>2.2</td>", StringComparison.Ordinal) < html.IndexOf("<td>2.1</td>", StringComparison.Ordinal));
    }

    [Fact]
    public void A_plan_id_that_is_not_a_plan_is_a_usage_error_listing_the_plans()
    {
        using var site = Site();
        var file = Path.Combine(site.Root, "board.docx");
        var run = TempSite.Run(["report", "plan", "--content", site.Content, "--plan", "board-plans", "--out", file]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--plan 'board-plans' is not a plan in the content; the plans are: board-plan, improvement-plan. Did you mean 'board-plan'?", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(file));

        var unchosen = TempSite.Run(["report", "plan", "--content", site.Content, "--out", file]);
        Assert.Equal(2, unchosen.ExitCode);
        Assert.Contains("choose one with --plan (the plans are: board-plan, improvement-plan)", unchosen.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_with_errors_is_refused_with_its_diagnostics_and_nothing_is_written()
    {
        using var site = Site();
        site.Write("plans/board-plan.md", Plan.Replace("leads: [psw]\n        due: monthly", "leads: [nobody]\n        due: monthly", StringComparison.Ordinal));
        var file = Path.Combine(site.Root, "board.csv");
        var run = Report(site, "csv", file);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error GV", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Report failed", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public void Without_a_format_the_out_file_names_it_or_the_command_says_what_to_do()
    {
        using var site = Site();
        Assert.Equal(0, TempSite.Run(["report", "plan", "--content", site.Content, "--plan", "board-plan", "--out", Path.Combine(site.Root, "b.html")]).ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(Path.Combine(site.Root, "b.html")), StringComparison.Ordinal);
        var run = TempSite.Run(["report", "plan", "--content", site.Content, "--plan", "board-plan", "--out", Path.Combine(site.Root, "b.txt")]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--format docx, csv or html", run.Stderr, StringComparison.Ordinal);
    }
}
