using Guidance.Tests.Support;

namespace Guidance.Tests.Edition;

/// <summary><c>guidance serve --profile NAME</c> with a profile the site lacks (serving an edition is tested with the preview session).</summary>
public class ServeProfileTests
{
    private const string Profiles = "title: Test practice guidance\nbase_path: /guidance/\nprofiles:\n  internal:\n    audiences: [internal, partnership, public]\n  partnership:\n    audiences: [partnership, public]\n";

    [Fact]
    public void Serving_a_profile_the_site_does_not_have_is_a_usage_error()
    {
        using var site = TempSite.From().Write("site.yml", Profiles);
        var run = TempSite.Run(["serve", "--content", site.Content, "--profile", "partners", "--port", "1"]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("there is no profile named 'partners' in site.yml; it has internal, partnership", run.Stderr);
    }
}
