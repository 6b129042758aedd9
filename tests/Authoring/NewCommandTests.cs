using Guidance.Authoring;
using Guidance.Tests.Support;

namespace Guidance.Tests.Authoring;

/// <summary><c>guidance new</c>: scaffolded pages pass check once their owner is real; ids are unique; nothing is overwritten.</summary>
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
    public void A_new_plan_fails_check_only_for_its_action_needing_guidance()
    {
        using var site = TempSite.From();
        Assert.Equal(0, New(site, "plan", "Improvement plan 2025", "--owner", "psw").ExitCode);
        var check = site.Check();
        Assert.Equal(["GV012"], check.Diagnostics.Select(d => d.Split(' ')[2].TrimEnd(':')));
    }

    [Fact]
    public void Without_an_owner_only_the_placeholder_owner_is_reported()
    {
        using var site = TempSite.From();
        Assert.Equal(0, New(site, "standard", "Strategy meetings").ExitCode);
        var diagnostic = Assert.Single(site.Check().Diagnostics);
        Assert.Contains($"error GV008", diagnostic, StringComparison.Ordinal);
        Assert.Contains(PageScaffolder.PlaceholderOwner, diagnostic, StringComparison.Ordinal);
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
    [InlineData("!!!", "page")]
    public void Ids_come_from_titles(string title, string id) => Assert.Equal(id, PageScaffolder.IdFrom(title));
}
