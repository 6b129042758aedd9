using System.Net;
using Guidance.Serve;
using Guidance.Tests.Support;

namespace Guidance.Tests.Publish;

/// <summary><c>guidance serve --profile NAME</c> previews one edition, as its build would publish it.</summary>
public class ServeProfileTests
{
    private const string Profiles = "title: Test practice guidance\nbase_path: /guidance/\nprofiles:\n  internal:\n    audiences: [internal, partnership, public]\n  partnership:\n    audiences: [partnership, public]\n";

    [Fact]
    public async Task Serving_a_profile_serves_only_that_editions_pages()
    {
        using var site = TempSite.From().Write("site.yml", Profiles)
            .Write("strategies/neglect-strategy.md", "---\ntitle: Neglect strategy\nowner: psw\naudience: partnership\nreview_due: 2026-01-10\n---\n## Aims\n\nEarlier help.\n");
        await using var session = await PreviewSession.StartAsync(
            new BuildOptions(site.Content, null, new DateOnly(2024, 6, 1), Profile: "partnership"), 0, new StringWriter(), new StringWriter());
        using var http = new HttpClient { BaseAddress = session.Address };

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("guidance/strategies/neglect-strategy/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("guidance/standards/supervision/")).StatusCode);
    }

    [Fact]
    public void Serving_a_profile_the_site_does_not_have_is_a_usage_error()
    {
        using var site = TempSite.From().Write("site.yml", Profiles);
        var run = TempSite.Run(["serve", "--content", site.Content, "--profile", "partners", "--port", "1"]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("there is no profile named 'partners' in site.yml; it has internal, partnership", run.Stderr);
    }
}
