using Guidance.Build;
using Guidance.Diagnostics;
using Guidance.Model;
using Guidance.Tests.Support;
using Guidance.Validate;

namespace Guidance.Tests.Cli;

/// <summary>What a content author reads: the cause of a failure first, its echoes folded, honest lines.</summary>
public class AuthorMessagesTests
{
    private static TempSite SiteWithATypo() => MakeTypo(TempSite.From());

    /// <summary>The valid site built once (so its addresses are on record, as in a real site), then given a typo.</summary>
    private static TempSite BuiltSiteWithATypo()
    {
        var site = TempSite.From();
        Assert.Equal(0, site.Build().ExitCode);
        return MakeTypo(site);
    }

    // A colon left out after a key: the commonest YAML typo, on a page that other pages and the plan link to.
    private static TempSite MakeTypo(TempSite site)
    {
        var path = Path.Combine(site.Content, "standards", "supervision.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("owner: psw", "owner psw", StringComparison.Ordinal));
        return site;
    }

    [Fact]
    public void A_yaml_typo_is_reported_first_and_its_follow_ons_are_folded_into_one_line()
    {
        using var site = BuiltSiteWithATypo();

        var run = site.Check();

        Assert.Equal(1, run.ExitCode);
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith($"{site.Content}/standards/supervision.md:5:1: error GV001: ", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^  and \d+ more that follow from it \(GV013, GV021, GV032\); they go when it loads$", lines[1]);
        // None of the follow-ons (links and refs to the page, its published addresses) is printed on its own.
        Assert.Single(run.Diagnostics);
        Assert.Equal(3, lines.Length);
        Assert.Contains($"Fix {site.Content}/standards/supervision.md:5:1 first: the file did not load", lines[2], StringComparison.Ordinal);
        Assert.Contains("'guidance explain GV001' says how", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_leads_file_that_does_not_parse_is_reported_first_and_the_unknown_leads_folded()
    {
        using var site = TempSite.From();
        var leads = Path.Combine(site.Content, "leads.yml");
        File.WriteAllText(leads, File.ReadAllText(leads) + "broken line without a colon\n");

        var lines = site.Check().Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith($"{site.Content}/leads.yml:", lines[0], StringComparison.Ordinal);
        Assert.Contains("error GV001", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^  and \d+ more that follow from it \(GV008, GV017\)", lines[1]);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public void A_url_of_a_page_that_failed_to_load_is_not_advised_an_alias()
    {
        using var site = BuiltSiteWithATypo();

        var result = SiteBuild.Run(new BuildOptions(site.Content, null, new DateOnly(2024, 6, 1)));

        var removed = result.Diagnostics.Where(d => d.Code == "GV032").ToList();
        Assert.NotEmpty(removed);
        Assert.All(removed, d =>
        {
            Assert.Equal($"{site.Content}/standards/supervision.md", d.FollowsFrom);
            Assert.Contains("failed to load", d.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("alias", d.ToString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_problem_unrelated_to_the_page_that_failed_to_load_is_still_printed_after_it()
    {
        using var site = SiteWithATypo();
        site.Overlay(Path.Combine(TempSite.FixturesDir, "invalid", "gv005-bad-date"));
        var diagnostics = site.Check().Diagnostics;
        Assert.Equal(2, diagnostics.Count);
        Assert.Contains("error GV001", diagnostics[0], StringComparison.Ordinal);
        Assert.Contains("error GV005", diagnostics[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("serve")]
    [InlineData("new")]
    public void Help_shows_the_date_format_the_option_takes(string command)
    {
        var help = TempSite.Run([command, "--help"]).Stdout;
        Assert.Contains("--date <YYYY-MM-DD>", help, StringComparison.Ordinal);
        Assert.Contains("(default: today)", help, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d{1,2}/\d{1,2}/\d{4}", help);
    }

    public static TheoryData<string> ExplainedCodes() =>
        new(Codes.All.Select(r => r.Code).Append(Codes.Layout.Code).Distinct());

    [Theory]
    [MemberData(nameof(ExplainedCodes))]
    public void Explain_prints_every_codes_meaning_an_example_and_the_fix(string code)
    {
        var run = TempSite.Run(["explain", code.ToLowerInvariant()]);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(code + " (", run.Stdout, StringComparison.Ordinal);
        foreach (var section in new[] { "\nWhat it means\n  ", "\nExample\n  ", "\nHow to fix it\n  " })
            Assert.Contains(section, run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_refuses_a_code_that_does_not_exist_and_lists_the_real_ones()
    {
        var run = TempSite.Run(["explain", "GV999"]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("GV032", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_first_build_does_not_claim_to_have_kept_a_previous_output()
    {
        using var site = SiteWithATypo();
        var first = site.Build();
        Assert.Equal(1, first.ExitCode);
        Assert.DoesNotContain("previous output", first.Stderr, StringComparison.Ordinal);
        Assert.Contains("Nothing was written.", first.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_rebuild_says_the_previous_output_was_kept()
    {
        using var site = BuiltSiteWithATypo();
        Assert.Contains($"The previous output in '{site.Output}' was left as it was.", site.Build().Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_says_when_it_updated_the_list_of_published_addresses_and_that_it_is_to_be_committed()
    {
        using var site = TempSite.From();
        var first = site.Build();
        Assert.Contains($"Updated '{site.Content}/.published.json', the list of every address this site has published", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("Commit it with the content.", first.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(".published.json", site.Build().Stdout, StringComparison.Ordinal);
    }
}
