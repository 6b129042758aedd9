using Guidance.Tests.Support;

namespace Guidance.Tests.Authoring;

/// <summary><c>guidance import-plan</c> through the real command line, then <c>check</c> on the site it wrote into.</summary>
public class ImportPlanCommandTests
{
    private static readonly string Dir = SeedPlanImportTests.Dir;

    [Fact]
    public void Imported_plan_fails_check_only_where_a_person_must_decide()
    {
        using var site = TempSite.From();
        File.Copy(Path.Combine(Dir, "leads.yml"), Path.Combine(site.Content, "leads.yml"), overwrite: true);
        var import = TempSite.Run(["import-plan", Path.Combine(Dir, "ofsted-2023.tsv"),
            "--out", Path.Combine(site.Content, "plans", "ofsted-2023.md"), "--owner", "director-of-operations"]);

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("Imported 8 areas and 68 actions", import.Stdout, StringComparison.Ordinal);
        Assert.Contains("Leads: 78 matched", import.Stdout, StringComparison.Ordinal);
        Assert.Contains("Needs a human decision (2):", import.Stdout, StringComparison.Ordinal);

        var check = site.Check();
        Assert.Equal(1, check.ExitCode);
        var found = check.Diagnostics.Where(d => d.Contains("ofsted-2023.md", StringComparison.Ordinal)).ToList();
        var errors = found.Where(d => d.Contains(": error ", StringComparison.Ordinal)).ToList();
        // The rest are warnings the board must answer: statuses written before their due dates passed.
        Assert.All(found.Except(errors), d => Assert.Contains(": warning GV120: ", d));
        Assert.Equal(68, errors.Count(d => d.Contains("error GV012", StringComparison.Ordinal)));
        // The two leads the registry lacks, kept as written, are the only other problems.
        Assert.Equal(2, errors.Count(d => d.Contains("error GV017", StringComparison.Ordinal)));
        Assert.Equal(70, errors.Count);
        Assert.Contains("action 3.10 has no guidance link", check.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Importing_twice_gives_the_same_file_and_does_not_overwrite_without_force()
    {
        using var site = TempSite.Empty();
        var output = Path.Combine(site.Content, "plans", "plan.md");
        string[] args = ["import-plan", Path.Combine(Dir, "ofsted-2023.tsv"), "--out", output, "--leads", Path.Combine(Dir, "leads.yml")];
        Assert.Equal(0, TempSite.Run(args).ExitCode);
        var first = File.ReadAllText(output);

        var again = TempSite.Run(args);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already exists", again.Stderr, StringComparison.Ordinal);

        Assert.Equal(0, TempSite.Run([.. args, "--force"]).ExitCode);
        Assert.Equal(first, File.ReadAllText(output));
    }

    [Fact]
    public void Another_councils_csv_is_read_by_its_header_with_every_row_accounted_for()
    {
        using var site = TempSite.From();
        var output = Path.Combine(site.Content, "plans", "anytown.md");
        var run = TempSite.Run(["import-plan", Path.Combine(Dir, "other-council.csv"), "--out", output]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Imported 2 areas and 4 actions", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("line 1: text before the first action was not imported: 'Improvement plan 2024 - Anytown Council'", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Statuses: 2 of 4 actions took theirs from the table's RAG or status column.", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Rows: 11 read: 4 actions, 2 area headings, 1 header row, 3 blank, 1 not imported (see the notes).", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("line 6: action 1.2 has no named lead ('TBC')", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("leads: [psw, head-of-mash]", File.ReadAllText(output), StringComparison.Ordinal);

        var page = File.ReadAllText(output);
        Assert.Contains("action: \"Launch the early help \\\"front door\\\", with a single request form\"", page, StringComparison.Ordinal);
        Assert.Contains("leads: [\"Head of Early Help\"]", page, StringComparison.Ordinal);
        Assert.Contains("due: 2024-06", page, StringComparison.Ordinal);
        Assert.Contains("action: \"Audit supervision records across all teams\"", page, StringComparison.Ordinal);
        Assert.Contains("due: 2024-09-30", page, StringComparison.Ordinal);
        Assert.Contains("title: \"Supervision\"", page, StringComparison.Ordinal);
        Assert.Contains("- \"Managers act on what supervision finds\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.tsv", "does not exist")]
    [InlineData("leads.yml", "is not a table this command reads")]
    public void An_unreadable_table_is_a_usage_error_without_a_stack_trace(string file, string message)
    {
        using var site = TempSite.Empty();
        var run = TempSite.Run(["import-plan", Path.Combine(Dir, file), "--out", Path.Combine(site.Content, "plans", "p.md")]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_with_no_actions_writes_nothing_and_exits_1()
    {
        using var site = TempSite.Empty().Write("empty.tsv", "What needs to improve? (Area 1) Nothing\n\nPage 3\n");
        var output = Path.Combine(site.Content, "plans", "p.md");
        var run = TempSite.Run(["import-plan", Path.Combine(site.Content, "empty.tsv"), "--out", output]);
        Assert.Equal(1, run.ExitCode);
        Assert.False(File.Exists(output));
    }
}
