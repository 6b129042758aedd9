using Guidance.Load;
using Guidance.Model;

namespace Guidance.Tests.Load;

public class PageLoaderTests
{
    private static Page Load(string relative, string text, Diagnostics? diagnostics = null) =>
        PageLoader.Load(relative, "content/" + relative, text, diagnostics ?? new Diagnostics())!;

    [Fact]
    public void Type_comes_from_the_top_folder_unless_front_matter_names_one()
    {
        Assert.Equal(PageType.Panel, Load("panels/x.md", "---\ntitle: X\n---\n").Type);
        Assert.Equal(PageType.Page, Load("misc/x.md", "---\ntitle: X\n---\n").Type);
        Assert.Equal(PageType.Guide, Load("misc/x.md", "---\ntitle: X\ntype: guide\n---\n").Type);
    }

    [Fact]
    public void Url_comes_from_type_and_id_not_the_file_path()
    {
        var page = Load("standards/deep/folder/old-name.md", "---\nid: supervision\ntitle: S\n---\n");
        Assert.Equal("standards/supervision/", page.UrlPath);
        Assert.Equal("about/", Load("about.md", "---\ntitle: About\n---\n").UrlPath);
        Assert.True(Load("index.md", "---\ntitle: Home\n---\n").IsHome);
    }

    [Fact]
    public void Id_defaults_to_the_file_name()
    {
        Assert.Equal("strategy-meetings", Load("standards/strategy-meetings.md", "---\ntitle: S\n---\n").Id.Value);
    }

    [Fact]
    public void Headings_get_github_style_anchors()
    {
        var page = Load("standards/s.md", "---\ntitle: S\n---\n## Frequency of supervision\n\n## 16/17-year-olds: who's eligible?\n\n## Frequency of supervision\n");
        Assert.Equal(["frequency-of-supervision", "1617-year-olds-whos-eligible", "frequency-of-supervision-1"], page.Headings.Select(h => h.Anchor));
    }

    [Fact]
    public void An_explicit_anchor_keeps_an_old_link_working()
    {
        var page = Load("standards/s.md", "---\ntitle: S\n---\n## New heading {#old-heading}\n");
        Assert.Equal("old-heading", page.Headings.Single().Anchor);
    }

    [Fact]
    public void Links_and_headings_carry_their_file_line_and_column()
    {
        var page = Load("standards/s.md", "---\ntitle: S\n---\n\n## Intro\n\nText and [a link](other.md#x).\n");
        Assert.Equal(new SourceLocation("content/standards/s.md", 5, 1), page.Headings.Single().Location);
        var link = page.Links.Single();
        Assert.Equal("other.md#x", link.Url);
        Assert.Equal(new SourceLocation("content/standards/s.md", 7, 10), link.Location);
    }

    [Fact]
    public void Front_matter_values_carry_their_line_and_column()
    {
        var page = Load("guides/g.md", "---\ntitle: G\nowner:   psw\n---\n");
        Assert.Equal(new SourceLocation("content/guides/g.md", 3, 10), page.Meta.Owner!.Location);
    }

    [Fact]
    public void Plan_actions_are_read_with_their_places()
    {
        var text = "---\ntitle: P\nareas:\n  - number: 1\n    title: A\n    actions:\n      - id: \"1.1\"\n        action: Do\n        leads: [psw, head-of-mash]\n        due: 2024-01\n        guidance: [s#x]\n---\n";
        var plan = Load("plans/p.md", text).Plan!;
        var action = plan.Actions.Single();
        Assert.Equal("1.1", action.Id!.Value);
        Assert.Equal(7, action.Location.Line);
        Assert.Equal(["psw", "head-of-mash"], action.Leads.Select(l => l.Value));
        Assert.Equal(new SourceLocation("content/plans/p.md", 11, 20), action.Guidance.Single().Location);
    }

    [Fact]
    public void Unknown_keys_are_collected_for_a_warning()
    {
        var page = Load("guides/g.md", "---\ntitle: G\nreveiw_due: 2025-01-01\n---\n");
        Assert.Equal("reveiw_due", page.Meta.UnknownKeys.Single().Value);
    }

    [Fact]
    public void Malformed_yaml_is_a_diagnostic_not_an_exception()
    {
        var diagnostics = new Diagnostics();
        var page = PageLoader.Load("guides/g.md", "content/guides/g.md", "---\ntitle: [unclosed\n---\n", diagnostics);
        Assert.Null(page);
        Assert.Equal("GV001", diagnostics.Sorted().Single().Code);
    }
}
