using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Guidance.Tests.Support;

namespace Guidance.Tests.Index;

/// <summary>
/// With <c>site_url</c> set, what the standards require to be absolute is: the sitemap validates against
/// the sitemaps.org 0.9 schema, the feed is Atom 1.0, canonical links are full addresses. Without it a
/// build for publishing says so once, with the fix.
/// </summary>
public class AbsoluteUrlTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private const string Host = "https://intranet.example.org";
    private readonly TempSite _site = TempSite.From();

    public AbsoluteUrlTests()
    {
        var yml = Path.Combine(_site.Content, "site.yml");
        File.AppendAllText(yml, $"site_url: {Host}\n");
        var page = Path.Combine(_site.Content, "standards/supervision.md");
        var text = File.ReadAllText(page);
        var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
        File.WriteAllText(page, text[..(end + 1)] + "changes:\n  - date: 2024-05-20\n    summary: Weekly supervision for the MASH team.\n" + text[(end + 1)..]);
    }

    public void Dispose() => _site.Dispose();

    private XElement Feed()
    {
        Assert.Equal(0, _site.Build().ExitCode);
        return XDocument.Parse(_site.ReadOutput("feed.xml")).Root!;
    }

    [Fact]
    public void The_sitemap_validates_against_the_sitemaps_org_schema()
    {
        Assert.Equal(0, _site.Build().ExitCode);
        var schemas = new XmlSchemaSet();
        schemas.Add("http://www.sitemaps.org/schemas/sitemap/0.9", Path.Combine(AppContext.BaseDirectory, "Index", "Schemas", "sitemap-0.9.xsd"));
        var errors = new List<string>();
        XDocument.Parse(_site.ReadOutput("sitemap.xml")).Validate(schemas, (_, e) => errors.Add(e.Message));
        Assert.Empty(errors);
    }

    [Fact]
    public void Without_site_url_the_sitemap_fails_the_schema_so_the_schema_test_means_something()
    {
        File.WriteAllText(Path.Combine(_site.Content, "site.yml"), File.ReadAllText(Path.Combine(_site.Content, "site.yml")).Replace($"site_url: {Host}\n", ""));
        Assert.Equal(0, _site.Build().ExitCode);
        var schemas = new XmlSchemaSet();
        schemas.Add("http://www.sitemaps.org/schemas/sitemap/0.9", Path.Combine(AppContext.BaseDirectory, "Index", "Schemas", "sitemap-0.9.xsd"));
        var errors = new List<string>();
        XDocument.Parse(_site.ReadOutput("sitemap.xml")).Validate(schemas, (_, e) => errors.Add(e.Message));
        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Every_sitemap_loc_is_a_full_address()
    {
        Assert.Equal(0, _site.Build().ExitCode);
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = XDocument.Parse(_site.ReadOutput("sitemap.xml")).Descendants(sm + "loc").Select(l => l.Value).ToList();
        Assert.NotEmpty(locs);
        Assert.All(locs, l => Assert.StartsWith(Host + "/guidance/", l));
        Assert.Contains(Host + "/guidance/standards/supervision/", locs);
    }

    [Fact]
    public void The_feed_has_the_elements_atom_requires()
    {
        var feed = Feed();
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "id")?.Value));
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "title")?.Value));
        Assert.NotNull(feed.Element(Atom + "updated"));
        // RFC 4287 4.1.1: a feed without an author needs one in every entry.
        var feedAuthor = feed.Element(Atom + "author")?.Element(Atom + "name")?.Value;
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Element(Atom + "id")?.Value));
            Assert.False(string.IsNullOrWhiteSpace(e.Element(Atom + "title")?.Value));
            Assert.NotNull(e.Element(Atom + "updated"));
            Assert.True(!string.IsNullOrWhiteSpace(feedAuthor) || e.Element(Atom + "author") is not null, "an entry has no author and the feed none either");
            Assert.NotNull(e.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate"));
        });
    }

    [Fact]
    public void The_feed_links_and_rel_self_are_full_addresses()
    {
        var feed = Feed();
        var links = feed.Descendants(Atom + "link").ToList();
        Assert.Contains(links, l => (string?)l.Attribute("rel") == "self" && (string?)l.Attribute("href") == Host + "/guidance/feed.xml");
        Assert.All(links, l => Assert.StartsWith(Host + "/", (string?)l.Attribute("href")));
    }

    [Fact]
    public void The_feed_ids_are_absolute_iris()
    {
        var feed = Feed();
        var ids = feed.Descendants(Atom + "id").Select(i => i.Value).ToList();
        Assert.All(ids, id => Assert.True(Uri.TryCreate(id, UriKind.Absolute, out _), $"'{id}' is not an absolute IRI"));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_feed_dates_are_rfc_3339()
    {
        var feed = Feed();
        var dates = feed.Descendants(Atom + "updated").Concat(feed.Descendants(Atom + "published")).Select(d => d.Value).ToList();
        Assert.NotEmpty(dates);
        // RFC 3339 date-time: full date, 'T', time, and a 'Z' or numeric offset.
        Assert.All(dates, d => Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$", d));
        Assert.All(dates, d => Assert.True(DateTimeOffset.TryParse(d, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)));
    }

    [Fact]
    public void Canonical_links_are_full_addresses()
    {
        Assert.Equal(0, _site.Build().ExitCode);
        Assert.Contains($"<link rel=\"canonical\" href=\"{Host}/guidance/standards/supervision/\">", _site.ReadOutput("standards/supervision/index.html"));
        Assert.Contains($"<link rel=\"canonical\" href=\"{Host}/guidance/\">", _site.ReadOutput("index.html"));
    }

    [Fact]
    public void A_build_without_site_url_warns_once_with_the_fix_and_check_does_not()
    {
        File.WriteAllText(Path.Combine(_site.Content, "site.yml"), File.ReadAllText(Path.Combine(_site.Content, "site.yml")).Replace($"site_url: {Host}\n", ""));
        var build = _site.Build();
        Assert.Equal(0, build.ExitCode);
        var warning = Assert.Single(build.Diagnostics, d => d.Contains("warning GV160", StringComparison.Ordinal));
        Assert.StartsWith("site.yml:", warning[(warning.IndexOf("site.yml", StringComparison.Ordinal))..]);
        Assert.Contains("site_url: https://", warning);
        Assert.DoesNotContain(_site.Check().Diagnostics, d => d.Contains("GV160", StringComparison.Ordinal));
    }

    [Fact]
    public void A_build_with_site_url_gives_no_address_warning()
    {
        Assert.DoesNotContain(_site.Build().Diagnostics, d => d.Contains("GV160", StringComparison.Ordinal));
    }
}
