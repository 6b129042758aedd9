using Guidance.Render.Redirects;
using Guidance.Tests.Support;

namespace Guidance.Tests.Render;

/// <summary>
/// Permanent links and aliases as one redirect map (<c>_redirects</c>) and the IIS, Apache and nginx
/// configurations of it, instead of a folder and a page each.
/// </summary>
public sealed class RedirectMapTests : IDisposable
{
    private readonly TempSite _site = WithAnOldAddressWithSpaces();

    /// <summary>The valid fixture site and a page whose alias, /old guides/spaced one/, an author copied from a shared drive.</summary>
    internal static TempSite WithAnOldAddressWithSpaces() => TempSite.From()
        .Write("guides/spaced.md", "---\ntitle: A page whose old address had spaces\nsummary: Moved from a shared drive.\nowner: director-of-operations\nreviewed: 2024-03-01\nreview_due: 2026-03-01\naliases: [/old guides/spaced one/]\n---\n\nText.\n");

    public RedirectMapTests() => Assert.Equal(0, _site.Build().ExitCode);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_map_lists_every_permanent_link_and_alias_once_in_order_with_paths_percent_encoded()
    {
        var lines = _site.ReadOutput("_redirects").Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        Assert.Contains("/guidance/id/supervision/ /guidance/standards/supervision/ 301", lines);
        Assert.Contains("/guidance/practice/supervision-policy/ /guidance/standards/supervision/ 301", lines);
        Assert.Contains("/guidance/old%20guides/spaced%20one/ /guidance/guides/spaced/ 301", lines);
        Assert.Equal(lines.Order(StringComparer.Ordinal), lines);
        Assert.Equal(lines.Count, lines.Select(l => l.Split(' ')[0]).Distinct().Count());
        // One line per page's permanent link, none of them a file.
        Assert.Equal(Directory.EnumerateFiles(_site.Content, "*.md", SearchOption.AllDirectories).Count(), lines.Count(l => l.StartsWith("/guidance/id/", StringComparison.Ordinal)));
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "id")));
    }

    [Fact]
    public void Parse_reads_back_what_a_request_names_decoded_to_the_address_as_written()
    {
        var map = RedirectMap.Parse(_site.ReadOutput("_redirects"));
        Assert.Equal("/guidance/guides/spaced/", map["/guidance/old guides/spaced one/"]);
        Assert.Equal("/guidance/standards/supervision/", map["/guidance/id/supervision/"]);
    }

    [Fact]
    public void Each_server_configuration_holds_the_whole_map_and_the_404_page()
    {
        var iis = System.Xml.Linq.XDocument.Parse(_site.ReadOutput("web.config"));
        var keys = iis.Descendants("rewriteMap").Single().Elements("add").ToDictionary(e => (string)e.Attribute("key")!, e => (string)e.Attribute("value")!);
        Assert.Equal(RedirectMap.Parse(_site.ReadOutput("_redirects")).Count, keys.Count);
        Assert.Equal("/guidance/guides/spaced/", keys["/guidance/old guides/spaced one/"]);
        Assert.Equal("/guidance/404.html", (string)iis.Descendants("error").Single().Attribute("path")!);

        var apache = _site.ReadOutput(".htaccess");
        Assert.Contains("ErrorDocument 404 /guidance/404.html\n", apache);
        Assert.Contains("RewriteRule \"^id/supervision/$\" \"/guidance/standards/supervision/\" [R=301,L,NE]\n", apache);
        // A pattern's signs are escaped: the space of an old address is a space, not the end of the pattern.
        Assert.Contains("RewriteRule \"^old\\ guides/spaced\\ one/$\" \"/guidance/guides/spaced/\" [R=301,L,NE]\n", apache);

        var nginx = _site.ReadOutput("nginx-redirects.conf");
        Assert.Contains("error_page 404 /guidance/404.html;\n", nginx);
        Assert.Contains("location = \"/guidance/old guides/spaced one/\" { return 301 \"/guidance/guides/spaced/$is_args$args\"; }\n", nginx);
    }
}
