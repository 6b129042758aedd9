using Guidance.Tests.Support;

namespace Guidance.Tests.Validate;

/// <summary>Info findings (GV140) are left out of every build and check, and printed once by <c>check --report unused</c>.</summary>
public class InfoReportTests
{
    private const string Glossary = """
        MASH: Multi-Agency Safeguarding Hub
        TCLPM: Threshold of Care Legal Planning Meeting
        LOLER: Lifting Operations and Lifting Equipment Regulations
        """;

    [Fact]
    public void An_unused_term_is_not_noise_in_a_build_or_a_plain_check()
    {
        using var site = TempSite.From().Write("glossary.yml", Glossary);
        var build = site.Build();
        var check = site.Check();
        Assert.Equal(0, build.ExitCode);
        Assert.DoesNotContain("GV140", build.Stderr + build.Stdout);
        Assert.DoesNotContain("GV140", check.Stderr + check.Stdout);
        Assert.Contains("(0 errors, 0 warnings)", check.Stdout);
    }

    [Fact]
    public void The_unused_report_lists_each_term_once_even_across_every_profile()
    {
        using var site = TempSite.From().Write("glossary.yml", Glossary).Write("site.yml", Guidance.Tests.Edition.ProfileBuildTests.Profiles).Write("strategies/neglect-strategy.md", Guidance.Tests.Edition.ProfileBuildTests.Strategy);
        var run = TempSite.Run(["check", "--content", site.Content, "--date", "2024-06-01", "--all-profiles", "--report", "unused"]);
        Assert.Equal(0, run.ExitCode);
        Assert.Single(run.Diagnostics, d => d.Contains("info GV140: glossary term 'LOLER' is used on no page", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Diagnostics, d => d.Contains("'MASH'", StringComparison.Ordinal));
    }
}
