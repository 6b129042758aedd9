using AngleSharp.Html.Parser;
using Guidance.Tests.Support;

namespace Guidance.Tests.Render;

/// <summary>Links for supervision: a "#" link beside every section heading, the cite box and permanent links.</summary>
public class SectionLinkTests : IDisposable
{
    private readonly TempSite _site = TempSite.From();

    public SectionLinkTests() => Assert.Equal(0, _site.Build().ExitCode);

    public void Dispose() => _site.Dispose();

    private AngleSharp.Html.Dom.IHtmlDocument Parse(string path) => new HtmlParser().ParseDocument(_site.ReadOutput(path));

    [Fact]
    public void Every_section_heading_has_a_visible_link_to_itself_named_for_the_section()
    {
        var doc = Parse("standards/supervision/index.html");
        var headings = doc.QuerySelectorAll(".prose h2, .prose h3");
        Assert.NotEmpty(headings);
        foreach (var heading in headings)
        {
            var link = heading.NextElementSibling!;
            Assert.Equal("heading-link", link.ClassName);
            Assert.Equal("#" + heading.Id, link.GetAttribute("href"));
            Assert.Equal("#", link.QuerySelector("[aria-hidden=true]")!.TextContent);
            Assert.Equal("Link to section: " + heading.TextContent, link.QuerySelector(".visually-hidden")!.TextContent);
            Assert.Equal(heading.TextContent, link.GetAttribute("data-section"));
        }
    }

    [Fact]
    public void Each_page_has_a_cite_box_with_title_section_version_date_and_url_and_loads_the_copy_link_script()
    {
        var doc = Parse("standards/supervision/index.html");
        var cite = doc.QuerySelector("aside.cite")!;
        Assert.Equal("Cite this guidance", cite.QuerySelector("h2")!.TextContent);
        // Title, section — organisation, version of DATE, address: the citation, whole, without JavaScript.
        Assert.Equal("Supervision and management oversight, whole page — Test Borough Children's Services, version of 1 February 2024, /guidance/standards/supervision/",
            cite.QuerySelector(".cite-text")!.TextContent);
        Assert.Equal("/guidance/id/supervision/", cite.QuerySelector("a")!.GetAttribute("href"));
        var script = doc.QuerySelector("script")!.GetAttribute("src")!;
        Assert.Matches(@"^/guidance/assets/copy-link\.[0-9a-f]{10}\.js$", script);
        var file = script["/guidance/".Length..];
        Assert.True(_site.FileContains(file, "Copy link to section: "));
        Assert.True(_site.FileContains(file, "navigator.clipboard"));
        Assert.True(_site.FileContains(file, "aria-live"));
    }

    [Fact]
    public void The_cite_box_gives_the_full_address_when_site_yml_names_the_server()
    {
        using var site = TempSite.From().Write("site.yml", "title: Test practice guidance\nbase_path: /guidance/\nsite_url: https://intranet.example.org\n");
        Assert.Equal(0, site.Build().ExitCode);
        Assert.True(site.FileContains("standards/supervision/index.html", "<span class=\"cite-url\">https://intranet.example.org/guidance/standards/supervision/</span>"));
    }

    [Fact]
    public void Every_page_has_a_permanent_link_in_the_redirect_map_and_no_file_of_its_own()
    {
        var map = Guidance.Render.Redirects.RedirectMap.Parse(File.ReadAllText(Path.Combine(_site.Output, "_redirects")));
        foreach (var (id, path) in new[] { ("supervision", "/guidance/standards/supervision/"), ("neglect-strategy", "/guidance/strategies/neglect-strategy/"), ("index", "/guidance/") })
        {
            Assert.Equal(path, map[$"/guidance/id/{id}/"]);
            Assert.False(_site.FileExists($"id/{id}/index.html"), $"a file for /id/{id}/ as well as its redirect");
        }
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "id")));
    }
}
