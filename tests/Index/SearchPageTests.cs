using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Guidance.Index.Search;
using Guidance.Model;
using Guidance.Tests.Support;

namespace Guidance.Tests.Index;

/// <summary>The search page, the header's search form and the index files, on the valid fixture site (base path /guidance/).</summary>
public class SearchPageTests : IClassFixture<SearchPageTests.Built>
{
    public sealed class Built : IDisposable
    {
        public TempSite Site { get; } = TempSite.From();
        public Built() => Assert.Equal(0, Site.Build().ExitCode);
        public void Dispose() => Site.Dispose();
    }

    private readonly TempSite _site;
    private static readonly HtmlParser Parser = new();

    public SearchPageTests(Built built) => _site = built.Site;

    [Fact]
    public void The_search_page_is_a_labelled_search_form_with_a_live_result_count()
    {
        var doc = Parser.ParseDocument(_site.ReadOutput("search/index.html"));
        var form = doc.QuerySelector("main form[role=search]")!;
        Assert.Equal("/guidance/search/", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        var input = form.QuerySelector("input[name=q]")!;
        Assert.NotNull(form.QuerySelector($"label[for={input.Id}]"));
        var status = doc.QuerySelector("#search-status")!;
        Assert.Equal("status", status.GetAttribute("role"));
        Assert.Equal("polite", status.GetAttribute("aria-live"));
    }

    [Fact]
    public void Without_javascript_the_search_page_says_so_and_links_to_the_a_to_z()
    {
        var noscript = Regex.Match(_site.ReadOutput("search/index.html"), "<noscript>(.*?)</noscript>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("JavaScript", noscript);
        Assert.Contains("href=\"/guidance/a-z/\"", noscript);
    }

    [Fact]
    public void The_search_script_loads_on_every_page_the_search_page_naming_the_hashed_manifest_and_the_rest_the_fixed_one()
    {
        var scripts = Parser.ParseDocument(_site.ReadOutput("search/index.html")).QuerySelectorAll("script[src*='/search.']");
        var src = Assert.Single(scripts).GetAttribute("src")!;
        Assert.Matches(@"^/guidance/assets/search\.[0-9a-f]{10}\.js$", src);
        var file = src["/guidance/".Length..];
        Assert.Equal(ContentHash.Name("assets/search.js", _site.ReadOutput(file)), file);
        var hashed = Regex.Match(_site.ReadOutput("search/index.html"), "data-index=\"([^\"]+)\"").Groups[1].Value;
        foreach (var page in Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories)
                     .Where(p => !p.EndsWith(Path.Combine("search", "index.html"), StringComparison.Ordinal) && !File.ReadAllText(p).Contains("http-equiv=\"refresh\"")))
        {
            var script = Assert.Single(Parser.ParseDocument(File.ReadAllText(page)).QuerySelectorAll("script[src*='/search.']"));
            Assert.Equal(src, script.GetAttribute("src"));
            Assert.Equal("search/manifest.json", script.GetAttribute("data-index"));
        }
        // The fixed-name manifest is the hashed one's copy, so both name the same chunks.
        Assert.Equal(_site.ReadOutput(hashed), _site.ReadOutput("search/manifest.json"));
    }

    [Fact]
    public void Before_a_query_the_search_page_has_no_filter_fieldset_and_promises_nothing_it_cannot_do()
    {
        var html = _site.ReadOutput("search/index.html");
        Assert.DoesNotContain("<fieldset", html);
        Assert.DoesNotContain("as you type", html);
    }

    [Fact]
    public void Every_page_has_a_plain_search_form_in_its_header()
    {
        var doc = Parser.ParseDocument(_site.ReadOutput("standards/supervision/index.html"));
        var form = doc.QuerySelector("header form[role=search]")!;
        Assert.Equal("/guidance/search/", form.GetAttribute("action"));
        var input = form.QuerySelector("input[name=q]")!;
        Assert.NotNull(form.QuerySelector($"label[for={input.Id}]"));
    }

    [Fact]
    public void Index_files_are_named_by_their_content_and_addressed_from_the_site_root()
    {
        var page = _site.ReadOutput("search/index.html");
        var manifestPath = Regex.Match(page, "data-index=\"([^\"]+)\"").Groups[1].Value;
        Assert.Matches(@"^search/manifest\.[0-9a-f]{10}\.json$", manifestPath); // relative: the client adds the root it was loaded from
        var manifest = _site.ReadOutput(manifestPath);
        Assert.Equal(ContentHash.Name("search/manifest.json", manifest), manifestPath);
        var chunks = Regex.Matches(manifest, "\"(search/chunk\\.[0-9a-f]{10}\\.json)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(chunks);
        foreach (var chunk in chunks) Assert.Equal(ContentHash.Name("search/chunk.json", _site.ReadOutput(chunk)), chunk);

        var folder = Regex.Match(manifest, "\"pageFolder\":\"(search/pages\\.[0-9a-f]{10}/)\"").Groups[1].Value;
        var groups = Directory.GetFiles(Path.Combine(_site.Output, folder)).Length;
        var files = Enumerable.Range(0, groups).Select(i => File.ReadAllBytes(Path.Combine(_site.Output, folder + i + ".json"))).ToList();
        Assert.Equal(folder, "search/pages." + ContentHash.Of(files) + "/");
        // Eight pages a file, every page in one: as many items as the manifest counts pages.
        var pageCount = int.Parse(Regex.Match(manifest, "\"pages\":(\\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((pageCount + SearchIndexBuilder.PageGroup - 1) / SearchIndexBuilder.PageGroup, groups);
        Assert.Equal(pageCount, files.Sum(f => System.Text.Json.JsonDocument.Parse(f).RootElement.GetArrayLength()));
        Assert.Contains(files, f => System.Text.Encoding.UTF8.GetString(f).Contains("\"path\":\"standards/supervision/\""));
    }

    [Fact]
    public void The_search_page_finds_the_fixture_pages_through_the_client()
    {
        var client = new SearchClient(_site.Output);
        Assert.Contains("panels/tclpm/", client.Search("TCLPM").Paths);
        Assert.Contains("standards/supervision/", client.Search("supervison").Paths);
    }
}
