using Guidance.Tests.Support;

namespace Guidance.Tests.Edition;

/// <summary>Profiles on the fixture site: internal-only links, profile choice and its usage errors.</summary>
public class ProfileBuildTests
{
    /// <summary>Two editions of the fixture site, staff and partners; other tests of editions use them too.</summary>
    internal const string Profiles = """
        title: Test practice guidance
        base_path: /guidance/
        profiles:
          internal:
            audiences: [internal, partnership, public]
          partnership:
            title: Test partnership
            audiences: [partnership, public]
        """;

    /// <summary>A partnership strategy whose one link to an internal page is marked internal-only.</summary>
    internal const string Strategy = """
        ---
        title: Neglect strategy
        summary: How partners work together on neglect.
        owner: director-of-operations
        audience: partnership
        review_due: 2026-01-10
        ---
        ## Aims

        Managers record it as the [supervision standard](../standards/supervision.md){.internal-only} asks.
        """;

    [Fact]
    public void An_internal_only_link_is_plain_text_with_a_note_in_the_partnership_edition_and_a_link_on_the_intranet()
    {
        using var site = TempSite.From().Write("site.yml", Profiles).Write("strategies/neglect-strategy.md", Strategy);
        var run = site.Build("2024-06-01", "--all-profiles");
        Assert.True(run.ExitCode == 0, run.Stderr);

        var partner = site.ReadOutput("partnership/strategies/neglect-strategy/index.html");
        Assert.Contains("as the supervision standard <span class=\"internal-only-note\">(available on the staff intranet)</span> asks.", partner);
        Assert.DoesNotContain("standards/supervision", partner);

        var staff = site.ReadOutput("internal/strategies/neglect-strategy/index.html");
        Assert.Contains("href=\"/guidance/standards/supervision/\"", staff);
        Assert.DoesNotContain("available on the staff intranet", staff);
    }

    [Fact]
    public void The_partnership_edition_takes_the_profiles_title_and_leaves_out_internal_pages_everywhere()
    {
        using var site = TempSite.From().Write("site.yml", Profiles).Write("strategies/neglect-strategy.md", Strategy);
        var run = site.Build("2024-06-01", "--profile", "partnership");
        Assert.True(run.ExitCode == 0, run.Stderr);

        Assert.Contains("<span class=\"site-name\">Test partnership</span>", site.ReadOutput("strategies/neglect-strategy/index.html"));
        Assert.False(site.FileExists("standards/supervision/index.html"));
        Assert.False(site.FileExists("form.pdf")); // linked only from the internal supervision standard
        foreach (var file in new[] { "a-z/index.html", "sitemap.xml", "index.html", "strategies/index.html" })
            Assert.DoesNotContain("Supervision", site.ReadOutput(file));
    }

    [Fact]
    public void A_partner_edition_publishes_the_static_files_its_own_pages_link_to()
    {
        using var site = TempSite.From().Write("site.yml", Profiles)
            .Write("strategies/neglect-strategy.md", Strategy + "\nUse the [referral form](../static/form.pdf).\n");
        var run = site.Build("2024-06-01", "--all-profiles");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.True(site.FileExists("partnership/form.pdf"));
        Assert.True(site.FileExists("internal/form.pdf"));
    }

    [Fact]
    public void Withdrawing_a_page_from_the_partnership_edition_says_so_instead_of_asking_for_an_alias()
    {
        using var site = TempSite.From().Write("site.yml", Profiles).Write("strategies/neglect-strategy.md", Strategy);
        Assert.Equal(0, site.Build("2024-06-01", "--profile", "partnership").ExitCode);
        site.Write("strategies/neglect-strategy.md", Strategy.Replace("audience: partnership", "audience: internal"));

        var run = site.Build("2024-06-01", "--profile", "partnership");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Diagnostics, d => d.Contains("error GV032: '/strategies/neglect-strategy/' was published for page 'neglect-strategy'", StringComparison.Ordinal)
            && d.Contains("Page 'neglect-strategy' is now for the internal audience, which profile 'partnership' leaves out", StringComparison.Ordinal));
    }

    [Fact]
    public void A_profile_the_site_does_not_have_is_a_usage_error_naming_the_profiles_it_has()
    {
        using var site = TempSite.From().Write("site.yml", Profiles);
        var run = site.Build("2024-06-01", "--profile", "partners");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("there is no profile named 'partners' in site.yml; it has internal, partnership", run.Stderr);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Checking_every_profile_reports_each_problem_of_the_content_once()
    {
        using var site = TempSite.From().Write("site.yml", Profiles).Write("strategies/neglect-strategy.md", Strategy);
        var run = TempSite.Run(["check", "--content", site.Content, "--date", "2027-01-01", "--all-profiles"]);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.Diagnostics, d => d.Contains("warning GV100: page 'neglect-strategy'", StringComparison.Ordinal));
        Assert.Equal(run.Diagnostics.Distinct().Count(), run.Diagnostics.Count);
        Assert.Contains("Profile 'partnership':", run.Stdout);
    }

    [Fact]
    public void Profile_and_all_profiles_together_are_a_usage_error()
    {
        using var site = TempSite.From().Write("site.yml", Profiles);
        Assert.Equal(2, site.Build("2024-06-01", "--profile", "partnership", "--all-profiles").ExitCode);
    }
}
