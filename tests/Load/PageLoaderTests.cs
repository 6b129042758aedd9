using Guidance.Diagnostics;
using Guidance.Load;
using Guidance.Model;

namespace Guidance.Tests.Load;

public class PageLoaderTests
{
    private static Page Load(string relative, string text, DiagnosticBag? diagnostics = null) =>
        PageLoader.Load(relative, "content/" + relative, text, diagnostics ?? new DiagnosticBag())!;

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
        var diagnostics = new DiagnosticBag();
        var page = PageLoader.Load("guides/g.md", "content/guides/g.md", "---\ntitle: [unclosed\n---\n", diagnostics);
        Assert.Null(page);
        Assert.Equal("GV001", diagnostics.Sorted().Single().Code);
    }
}
