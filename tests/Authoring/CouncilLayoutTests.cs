using Guidance.Authoring;
using Guidance.Tests.Support;

namespace Guidance.Tests.Authoring;

/// <summary>
/// Three plans laid out as other English councils publish theirs, none written for the importer: a
/// Word table copied as text, an Excel tracker with a two-row merged header, and a CSV export with a
/// RAG column whose headers the importer needs told. Each gives the right areas, actions, statuses
/// and measures, and accounts for every row.
/// </summary>
public class CouncilLayoutTests
{
    private static readonly string Dir = SeedPlanImportTests.Dir;

    private static ImportedPlan Import(string path, string? columns = null) =>
        PlanTableParser.Parse(PlanTableReader.Read(path), SeedPlanImportTests.SeedLeads(), columns is null ? null : ColumnNames.Parse(columns));

    private static ImportedAction Action(ImportedPlan plan, string id) => plan.Actions.Single(a => a.Id == id);

    private static int RowsIn(string path) => PlanTableReader.Read(path).Sum(r => r.Span);

    [Fact]
    public void A_word_table_copied_as_text_with_recommendation_rows_and_a_rag_column()
    {
        var path = Path.Combine(Dir, "word-table-northshire.tsv");
        var plan = Import(path);

        Assert.Equal([(1, "Strengthen the quality and consistency of supervision"), (2, "Improve the timeliness of strategy meetings")],
            plan.Areas.Select(a => (a.Number, a.Title)));
        // Numbering restarts in each area ("1, 2 ..."), kept as the area's own; "Page 4" in the number cell is the next one.
        Assert.Equal(["1.1", "1.2", "1.3", "2.1", "2.2", "2.3"], plan.Actions.Select(a => a.Id));
        Assert.Equal(["on-track", "at-risk", "off-track", "complete", "complete", null], plan.Actions.Select(a => a.Status));
        // A heading row never becomes part of an action's text.
        Assert.DoesNotContain(plan.Actions, a => a.Text.Contains("Recommendation", StringComparison.Ordinal));
        // Success measures stay on their action, including one on a row of its own below it.
        Assert.Equal(["Audits show 80% of records are reflective", "Managers record the child's voice in supervision"], Action(plan, "1.2").Measures);
        Assert.Empty(plan.Areas[0].Measures);
        Assert.Equal(["head-of-mash"], Action(plan, "2.1").Leads);
        Assert.Equal("2025-06-30", Action(plan, "1.2").Due);
        Assert.Contains(plan.Notes, n => n.Line == 13 && n.NeedsDecision && n.Message.Contains("status 'Not known'", StringComparison.Ordinal));
        Assert.Contains(plan.Notes, n => n.Line == 3 && n.Message.Contains("column 'Comments' is not imported", StringComparison.Ordinal));
        Assert.Equal(RowsIn(path), plan.Rows.Values.Sum());
        Assert.Equal(6, plan.Rows[RowKind.Action]);
    }

    [Fact]
    public void An_excel_tracker_with_a_two_row_merged_header()
    {
        using var site = TempSite.Empty();
        var path = Path.Combine(site.Root, "eastborough.xlsx");
        string[][] sheet =
        [
            ["Eastborough Borough Council: Ofsted improvement plan"],
            ["Ref", "Action", "Who and when", "", "Progress", "", "Outcome for children"],
            ["", "", "Lead officer", "Target date", "RAG", "Commentary", ""],
            ["Priority 1 – The front door"],
            ["1.1", "Answer every contact to the front door within one working day", "Head of MASH", "31/05/2025", "Blue", "Met since April", "Children get help the day it is asked for"],
            ["1.2", "Audit threshold decisions monthly with partners", "Head of MASH", "Monthly", "Green", "", ""],
            ["Priority 2 – Care planning"],
            ["2.1", "Plan permanence for every child by their second review", "Head of Corporate Parenting and Permanence", "Dec 2025", "Red", "Behind: staffing", "Children know where they will grow up"],
            ["2.2", "Hold a care planning clinic in every team each month", "Team Managers", "Monthly", "Amber", "", ""],
        ];
        Workbooks.Write(path, sheet.Select((cells, i) => new TableRow(i + 1, cells)),
            "A1:G1", "A2:A3", "B2:B3", "C2:D2", "E2:F2", "G2:G3", "A4:G4", "A7:G7");

        var plan = Import(path, "Ignore=Progress Commentary");

        Assert.Equal(["The front door", "Care planning"], plan.Areas.Select(a => a.Title));
        Assert.Equal(["1.1", "1.2", "2.1", "2.2"], plan.Actions.Select(a => a.Id));
        Assert.Equal(["complete", "on-track", "off-track", "at-risk"], plan.Actions.Select(a => a.Status));
        Assert.Equal(["head-of-corporate-parenting"], Action(plan, "2.1").Leads);
        Assert.Equal("2025-12", Action(plan, "2.1").Due);
        Assert.Equal(["Children know where they will grow up"], Action(plan, "2.1").Outcomes);
        // The commentary column was named to be left out, so nothing asks about it.
        Assert.DoesNotContain(plan.Notes, n => n.Message.Contains("Behind", StringComparison.Ordinal) || n.Message.Contains("Commentary", StringComparison.Ordinal));
        // Nine sheet rows: the title, the header (two rows read as one), two headings, four actions.
        Assert.Equal(9, plan.Rows.Values.Sum());
        Assert.Equal(2, plan.Rows[RowKind.HeaderRow]);
    }

    [Fact]
    public void Without_being_told_the_excel_commentary_column_is_reported_not_lost()
    {
        using var site = TempSite.Empty();
        var path = Path.Combine(site.Root, "tracker.xlsx");
        string[][] sheet =
        [
            ["Ref", "Action", "Who and when", "", "Progress", ""],
            ["", "", "Lead officer", "Target date", "RAG", "Commentary"],
            ["Priority 1 – The front door"],
            ["1.1", "Answer every contact within one working day", "Head of MASH", "May 2025", "Green", "On course"],
        ];
        Workbooks.Write(path, sheet.Select((cells, i) => new TableRow(i + 1, cells)), "A1:A2", "B1:B2", "C1:D1", "E1:F1");
        var plan = Import(path);
        Assert.Equal("on-track", Action(plan, "1.1").Status);
        Assert.Contains(plan.Notes, n => n.Line == 1 && n.NeedsDecision && n.Message.Contains("'Progress Commentary' is not imported", StringComparison.Ordinal));
    }

    [Fact]
    public void A_csv_export_with_a_rag_column_and_a_header_named_with_columns()
    {
        using var site = TempSite.From();
        var output = Path.Combine(site.Content, "plans", "westvale.md");
        var run = TempSite.Run(["import-plan", Path.Combine(Dir, "westvale-rag.csv"), "--out", output,
            "--leads", Path.Combine(Dir, "leads.yml"), "--columns", "Action=Deliverable, Ignore=Last updated"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Imported 2 areas and 5 actions", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Rows: 9 read: 5 actions, 2 area headings, 1 header row, 1 not imported (see the notes).", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Statuses: 4 of 5 actions took theirs", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("line 5: action 1.2: the status 'Purple' is not a RAG colour", run.Stdout, StringComparison.Ordinal);

        var page = File.ReadAllText(output);
        Assert.Contains("title: \"Help for families, at the right time\"", page, StringComparison.Ordinal);
        Assert.Contains("title: \"Children in care and care leavers\"", page, StringComparison.Ordinal);
        Assert.Contains("      - id: \"2.3\"\n        action: \"Report care leavers in education or work to the board\"\n        leads: [head-of-performance]\n        due: quarterly\n        status: at-risk\n", page, StringComparison.Ordinal);
        Assert.Contains("        status: off-track\n        measures:\n          - \"Care plans reviewed on time, with the child's views recorded\"\n", page, StringComparison.Ordinal);
        Assert.DoesNotContain("01/02/2025", page, StringComparison.Ordinal);

        // The page it wrote reads back under the content contract: only the links a person must add are missing.
        var check = site.Check();
        Assert.All(check.Diagnostics.Where(d => d.Contains(": error ", StringComparison.Ordinal)),
            d => Assert.Matches("error GV0(12|03|17)", d));
    }

    [Fact]
    public void Without_columns_an_unknown_header_is_said_plainly()
    {
        using var site = TempSite.Empty();
        var run = TempSite.Run(["import-plan", Path.Combine(Dir, "westvale-rag.csv"), "--out", Path.Combine(site.Content, "plans", "w.md")]);
        Assert.Contains("no row named the columns", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("--columns \"Action=Deliverable\"", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Colour=RAG", "'Colour' is not a column")]
    [InlineData("Action=", "give the header as the table writes it")]
    public void A_bad_columns_option_is_a_usage_error(string columns, string message)
    {
        using var site = TempSite.Empty();
        var run = TempSite.Run(["import-plan", Path.Combine(Dir, "westvale-rag.csv"), "--out", Path.Combine(site.Content, "plans", "w.md"), "--columns", columns]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_columns_name_no_header_has_is_reported()
    {
        var plan = Import(Path.Combine(Dir, "westvale-rag.csv"), "Action=Deliverable,Lead=Owner");
        Assert.Contains(plan.Notes, n => n.Line == 0 && n.NeedsDecision && n.Message.Contains("'owner'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Red", "off-track")]
    [InlineData("AMBER", "at-risk")]
    [InlineData("green.", "on-track")]
    [InlineData("Blue", "complete")]
    [InlineData("Completed", "complete")]
    [InlineData("off-track", "off-track")]
    [InlineData("Not started", "not-started")]
    [InlineData("Purple", null)]
    [InlineData("Amber/Green", null)]
    public void Rag_colours_and_status_words_map_to_statuses(string cell, string? status) =>
        Assert.Equal(status, RagStatus.Read(cell) is { } s ? Guidance.Model.ActionStatuses.Name(s) : null);
}
