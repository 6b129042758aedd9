using Guidance.Tests.Support;

namespace Guidance.Tests.Cli;

public class CommandLineTests
{
    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("rules")]
    public void Every_command_has_help(string command)
    {
        var run = TempSite.Run([command, "--help"]);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Stdout);
    }

    [Fact]
    public void Build_help_lists_the_contract_options()
    {
        var help = TempSite.Run(["build", "--help"]).Stdout;
        foreach (var option in new[] { "--content", "--out", "--date" }) Assert.Contains(option, help);
    }

    [Fact]
    public void Build_with_timings_prints_the_time_and_allocations_of_every_stage()
    {
        using var site = TempSite.From();
        var run = site.Build(extra: "--timings");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n');
        var at = Array.IndexOf(lines, "Stage times:");
        Assert.True(at > 0, run.Stdout);
        var stages = lines[(at + 1)..].Where(l => l.EndsWith(" MB allocated", StringComparison.Ordinal)).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]).ToList();
        // Stages may be added; these are always there, in this order, and every line is milliseconds, processor milliseconds and megabytes.
        Assert.Equal(["load", "markdown", "validate", "edition", "render", "write", "total"], stages.Where(s => s is "load" or "markdown" or "validate" or "edition" or "render" or "write" or "total"));
        Assert.All(lines[(at + 1)..].Where(l => l.Length > 0), l => Assert.Matches(@"^  [a-z-]+ +\d+ ms +\d+ ms CPU +\d+ MB allocated$", l));
        Assert.DoesNotContain("Stage times:", site.Build().Stdout);
    }

    [Fact]
    public void Wrong_usage_exits_with_code_2()
    {
        Assert.Equal(2, TempSite.Run(["build", "--no-such-option"]).ExitCode);
        Assert.Equal(2, TempSite.Run(["build", "--date", "31/12/2024"]).ExitCode);
        Assert.Equal(2, TempSite.Run(["frobnicate"]).ExitCode);
    }

    [Fact]
    public void A_missing_content_folder_exits_with_code_2_and_no_stack_trace()
    {
        var run = TempSite.Run(["check", "--content", "/no/such/content"]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public void Check_validates_without_writing_anything()
    {
        using var site = TempSite.From();
        var run = site.Check();
        Assert.Equal(0, run.ExitCode);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Rules_lists_every_code_once()
    {
        var lines = TempSite.Run(["rules"]).Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var codes = lines.Select(l => l[..5]).ToList();
        Assert.Equal(codes.Distinct().Count(), codes.Count);
        Assert.Contains("GV012", codes);
        Assert.Contains("GV101", codes);
    }
}
