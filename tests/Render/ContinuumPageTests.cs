using AngleSharp.Html.Parser;
using Guidance.Tests.Support;

namespace Guidance.Tests.Render;

/// <summary>
/// A continuum's levels are sections like any other: in the page's contents, each with its copy link,
/// kept in the published-URL list so a threshold decision's citation keeps landing, and linkable.
/// </summary>
public class ContinuumPageTests
{
    [Fact]
    public void The_levels_are_in_the_contents_with_copy_links_and_are_kept_as_published_anchors()
    {
        using var site = TempSite.From();
        var build = site.Build();
        Assert.Equal(0, build.ExitCode);
        var page = new HtmlParser().ParseDocument(site.ReadOutput("continuum/continuum-of-needs/index.html"));

        var contents = page.QuerySelectorAll("nav.toc a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal([("#levels-title", "Levels of need"), ("#level-1", "Level 1: Universal"), ("#level-2", "Level 2: Additional needs"),
            ("#stepping-up-and-stepping-down", "Stepping up and stepping down")], contents);
        // Contents first, then the levels, then the body: the list sits beside what it lists.
        var html = page.DocumentElement.OuterHtml;
        Assert.True(html.IndexOf("class=\"toc\"", StringComparison.Ordinal) < html.IndexOf("id=\"level-1\"", StringComparison.Ordinal));

        var link = page.QuerySelector("#level-2")!.ParentElement!.QuerySelector("a.heading-link")!;
        Assert.Equal("#level-2", link.GetAttribute("href"));
        Assert.Equal("Level 2: Additional needs", link.GetAttribute("data-section"));

        var manifest = File.ReadAllText(Path.Combine(site.Content, ".published.json"));
        Assert.Contains("\"/continuum/continuum-of-needs/\": { \"id\": \"continuum-of-needs\", \"file\": \"continuum/continuum-of-needs.md\", \"anchors\": [\"level-1\", \"level-2\", \"stepping-up-and-stepping-down\"] }", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_level_is_a_link_to_a_section_and_a_level_removed_is_caught()
    {
        using var site = TempSite.From();
        var supervision = Path.Combine(site.Content, "standards", "supervision.md");
        File.AppendAllText(supervision, "\nSee [level 2](../continuum/continuum-of-needs.md#level-2) and [level 9](../continuum/continuum-of-needs.md#level-9).\n");
        var check = site.Check();
        var broken = Assert.Single(check.Diagnostics, d => d.Contains(": error ", StringComparison.Ordinal));
        Assert.Contains("level-9", broken, StringComparison.Ordinal);

        File.WriteAllText(supervision, File.ReadAllText(supervision).Replace(" and [level 9](../continuum/continuum-of-needs.md#level-9)", "", StringComparison.Ordinal));
        Assert.Equal(0, site.Build().ExitCode);
        // Level 2 goes: a citation of #level-2 would land nowhere, so the next build refuses (GV033).
        var continuum = Path.Combine(site.Content, "continuum", "continuum-of-needs.md");
        var text = File.ReadAllText(continuum);
        File.WriteAllText(continuum, text[..text.IndexOf("  - level: 2", StringComparison.Ordinal)] + text[text.IndexOf("---\n## Stepping", StringComparison.Ordinal)..]);
        File.WriteAllText(supervision, File.ReadAllText(supervision).Replace("See [level 2](../continuum/continuum-of-needs.md#level-2).", "", StringComparison.Ordinal));
        var again = site.Build();
        Assert.Equal(1, again.ExitCode);
        Assert.Contains(again.Diagnostics, d => d.Contains("GV033", StringComparison.Ordinal) && d.Contains("level-2", StringComparison.Ordinal));
    }
}
