using Guidance.Authoring;
using Guidance.Tests.Support;

namespace Guidance.Tests.Authoring;

/// <summary><c>guidance new</c>: scaffolded pages pass check as they are; ids are unique and explained; nothing is overwritten.</summary>
public class NewCommandTests
{
    private static CliRun New(TempSite site, params string[] args) =>
        TempSite.Run(["new", .. args, "--content", site.Content, "--date", "2024-06-01"]);

    [Theory]
    [InlineData("standard", "standards/strategy-meetings.md")]
    [InlineData("guide", "guides/strategy-meetings.md")]
    [InlineData("panel", "panels/strategy-meetings.md")]
    [InlineData("continuum", "continuum/strategy-meetings.md")]
    [InlineData("strategy", "strategies/strategy-meetings.md")]
    [InlineData("page", "strategy-meetings.md")]
    public void Each_type_passes_check_once_its_owner_is_a_lead(string type, string path)
    {
        using var site = TempSite.From();
        var run = New(site, type, "Strategy meetings", "--owner", "psw");
        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Content, path)), run.Stdout + run.Stderr);

        var check = site.Check();
        Assert.Empty(check.Diagnostics);
        Assert.Equal(0, check.ExitCode);
    }

    [Fact]
    public void A_page_of_every_type_passes_check_with_no_errors_and_only_its_placeholders_warned()
    {
        using var site = TempSite.From();
        foreach (var type in new[] { "standard", "guide", "panel", "continuum", "plan", "strategy", "page" })
            Assert.Equal(0, New(site, type, "Strategy meetings").ExitCode);

        var check = site.Check();
        Assert.Equal(0, check.ExitCode);
        Assert.DoesNotContain(check.Diagnostics, d => d.Contains(": error ", StringComparison.Ordinal));
        // Six owners and one chair to confirm (a plain page needs no owner), one plan area with no actions yet.
        Assert.Equal(7, check.Diagnostics.Count(d => d.Contains("warning GV150", StringComparison.Ordinal)));
        Assert.Single(check.Diagnostics, d => d.Contains("warning GV151", StringComparison.Ordinal));
        // Each took the next free id; the plain page, made last, is strategy-meetings-7.
        Assert.DoesNotContain("owner:", File.ReadAllText(Path.Combine(site.Content, "strategy-meetings-7.md")), StringComparison.Ordinal);
        Assert.Equal(0, site.Build().ExitCode);
    }

    [Fact]
    public void A_new_plan_passes_check_with_its_area_warned_until_it_has_actions()
    {
        using var site = TempSite.From();
        Assert.Equal(0, New(site, "plan", "Improvement plan 2025", "--owner", "psw").ExitCode);
        var check = site.Check();
        Assert.Equal(0, check.ExitCode);
        Assert.Equal(["GV151"], check.Diagnostics.Select(d => d.Split(' ')[2].TrimEnd(':')));
    }

    [Fact]
    public void It_says_the_id_and_path_it_chose_and_why()
    {
        using var site = TempSite.From();
        var run = New(site, "standard", "Supervision");
        Assert.Contains($"Wrote '{site.Content}/standards/supervision-2.md', a new standard with the id 'supervision-2', to be published at /standards/supervision-2/.", run.Stdout, StringComparison.Ordinal);
        Assert.Contains($"because 'supervision', the id the title gives, is taken by {site.Content}/standards/supervision.md", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("!!!")]
    [InlineData("2025")]
    [InlineData("   ")]
    public void A_title_with_no_letters_is_refused(string title)
    {
        using var site = TempSite.From();
        var run = New(site, "standard", title);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("has no letters", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Content, "standards")) && Directory.EnumerateFiles(Path.Combine(site.Content, "standards")).Any(f => f.EndsWith("page.md", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_owner_that_is_not_a_lead_is_refused_with_the_closest_lead()
    {
        using var site = TempSite.From();
        var run = New(site, "standard", "Strategy meetings", "--owner", "pws");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Did you mean 'psw'?", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_shows_the_date_format_the_option_takes_and_what_the_date_is_for()
    {
        var help = TempSite.Run(["new", "--help"]).Stdout;
        Assert.Contains("--date <YYYY-MM-DD>", help, StringComparison.Ordinal);
        Assert.Contains("'reviewed:'", help, StringComparison.Ordinal);
        Assert.DoesNotContain("overdue", help, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d{2}/\d{2}/\d{4}", help);
    }

    [Fact]
    public void The_page_has_its_types_front_matter_and_house_style_headings()
    {
        using var site = TempSite.From();
        New(site, "guide", "Strategy meetings: in one minute", "--owner", "psw");
        var text = File.ReadAllText(Path.Combine(site.Content, "guides", "strategy-meetings-in-one-minute.md"));
        Assert.Contains("reviewed: 2024-06-01\nreview_due: 2025-06-01\n", text, StringComparison.Ordinal);
        Assert.Contains("## What it is\n\n\n## When\n\n\n## Who\n\n\n## How\n\n\n## Where next\n", text, StringComparison.Ordinal);

        New(site, "panel", "Legal gateway panel", "--owner", "psw");
        var panel = File.ReadAllText(Path.Combine(site.Content, "panels", "legal-gateway-panel.md"));
        Assert.Contains("chair: psw\nfrequency: Monthly\n", panel, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_are_made_unique_across_the_site()
    {
        using var site = TempSite.From();
        // The valid site already has a standard with the id 'supervision'; a guide of that name must not take it.
        var run = New(site, "guide", "Supervision", "--owner", "psw");
        Assert.Contains("supervision-2.md", run.Stdout, StringComparison.Ordinal);
        New(site, "guide", "Supervision", "--owner", "psw");
        Assert.True(File.Exists(Path.Combine(site.Content, "guides", "supervision-3.md")));
        Assert.Equal(0, site.Check().ExitCode);
    }

    [Fact]
    public void An_id_that_is_taken_is_refused_and_nothing_is_overwritten()
    {
        using var site = TempSite.From();
        var before = File.ReadAllText(Path.Combine(site.Content, "standards", "supervision.md"));
        var run = New(site, "standard", "Supervision again", "--id", "supervision");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("already exists", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Content, "standards", "supervision.md")));
    }

    [Fact]
    public void An_unknown_type_is_a_usage_error() =>
        Assert.Equal(2, New(TempSite.Empty(), "memo", "Hello").ExitCode);

    [Theory]
    [InlineData("Children’s homes: who's eligible?", "childrens-homes-whos-eligible")]
    [InlineData("16/17-year-olds   homeless", "16-17-year-olds-homeless")]
    [InlineData("!!!", "")]
    public void Ids_come_from_titles(string title, string id) => Assert.Equal(id, PageScaffolder.IdFrom(title));
}
