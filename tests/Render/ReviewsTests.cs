using Guidance.Tests.Support;

namespace Guidance.Tests.Render;

/// <summary>
/// The review report (<c>check --report reviews</c>, text and CSV) and the authors' Reviews due page,
/// on the fixture site, whose supervision standard is due on 2025-02-01 and whose guide on 2026-03-01.
/// </summary>
public class ReviewsTests
{
    [Fact]
    public void The_csv_report_has_one_row_a_page_by_owner_with_its_dates_and_status_and_is_the_same_every_run()
    {
        using var site = TempSite.From();
        var run = TempSite.Run(["check", "--content", site.Content, "--date", "2025-03-01", "--report", "reviews", "--format", "csv"]);
        Assert.True(run.ExitCode == 0, run.Stderr);

        var lines = run.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
        Assert.Equal("owner,owner_title,owner_name,owner_email,page,title,file,url,reviewed,review_due,status,days_overdue", lines[0]);
        var pages = Directory.EnumerateFiles(site.Content, "*.md", SearchOption.AllDirectories).Count();
        Assert.Equal(pages, lines.Count - 1);
        Assert.Contains(lines, l => l.StartsWith("psw,", StringComparison.Ordinal) && l.Contains(",supervision,Supervision and management oversight,", StringComparison.Ordinal)
            && l.EndsWith(",/guidance/standards/supervision/,2024-02-01,2025-02-01,overdue,28", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",management-oversight-guide,", StringComparison.Ordinal) && l.EndsWith(",2024-03-01,2026-03-01,current,0", StringComparison.Ordinal));

        // Grouped by owner: each owner's rows sit together.
        var owners = lines.Skip(1).Select(l => l.Split(',')[0]).ToList();
        Assert.Equal(owners.Distinct().Count(), owners.Select((o, i) => i == 0 || owners[i - 1] != o).Count(b => b));

        var again = TempSite.Run(["check", "--content", site.Content, "--date", "2025-03-01", "--report", "reviews", "--format", "csv"]);
        Assert.Equal(run.Stdout, again.Stdout);
        Assert.Contains("Checked ", run.Stderr);
    }

    [Fact]
    public void Csv_without_the_reviews_report_is_a_usage_error()
    {
        using var site = TempSite.From();
        var run = TempSite.Run(["check", "--content", site.Content, "--format", "csv"]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("use it with --report reviews", run.Stderr);
    }

    [Fact]
    public void A_csv_cell_holding_a_comma_or_quote_is_quoted()
    {
        using var site = TempSite.From();
        var guide = File.ReadAllText(Path.Combine(site.Content, "guides/management-oversight-guide.md"))
            .Replace("title: Management oversight in one minute", "title: 'Oversight, \"in\" one minute'");
        site.Write("guides/management-oversight-guide.md", guide);
        var run = TempSite.Run(["check", "--content", site.Content, "--date", "2025-03-01", "--report", "reviews", "--format", "csv"]);
        Assert.Contains(",management-oversight-guide,\"Oversight, \"\"in\"\" one minute\",", run.Stdout);
    }

    [Fact]
    public void The_text_report_lists_each_owner_once_with_overdue_pages_and_how_late()
    {
        using var site = TempSite.From();
        var run = TempSite.Run(["check", "--content", site.Content, "--date", "2025-03-01", "--report", "reviews"]);
        Assert.Contains("(8 pages): 2 overdue, 0 due soon, 3 current, 3 no review date.", run.Stdout);
        Assert.Single(run.Stdout.Split('\n'), l => l.StartsWith("Principal Social Worker (psw)", StringComparison.Ordinal));
        Assert.Contains("overdue by 28 days", run.Stdout);
    }

    [Fact]
    public void The_reviews_due_page_is_in_the_staff_edition_and_never_in_the_partnership_edition()
    {
        using var site = TempSite.From().Write("site.yml", Edition.ProfileBuildTests.Profiles).Write("strategies/neglect-strategy.md", Edition.ProfileBuildTests.Strategy);
        var run = site.Build("2025-01-15", "--all-profiles");
        Assert.True(run.ExitCode == 0, run.Stderr);

        var page = site.ReadOutput("internal/reviews-due/index.html");
        Assert.Contains("Supervision and management oversight", page);   // due 2025-02-01: within 60 days
        Assert.Contains("<strong>Due soon</strong>", page);
        Assert.DoesNotContain("Management oversight in one minute", page); // due 2026: not yet
        Assert.Contains("href=\"/guidance/reviews-due/\"", site.ReadOutput("internal/index.html"));

        Assert.False(site.FileExists("partnership/reviews-due/index.html"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(site.Output, "partnership"), "*", SearchOption.AllDirectories))
            Assert.DoesNotContain("reviews-due", File.ReadAllText(file));
    }

    [Fact]
    public void An_overdue_review_is_flagged_with_its_days_on_the_reviews_due_page()
    {
        using var site = TempSite.From();
        Assert.Equal(0, site.Build("2025-03-01").ExitCode);
        Assert.Contains("Overdue by 28 days", site.ReadOutput("reviews-due/index.html"));
    }
}
