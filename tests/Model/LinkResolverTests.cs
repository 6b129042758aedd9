using Guidance.Build;
using Guidance.Diagnostics;
using Guidance.Load;
using Guidance.Model;
using Guidance.Tests.Support;

namespace Guidance.Tests.Model;

public class LinkResolverTests
{
    private static readonly Lazy<(Site Site, LinkResolver Links)> Fixture = new(() =>
    {
        using var temp = TempSite.From();
        var site = SiteBuild.ReadContent(temp.Content, new DiagnosticBag());
        return (site, LinkResolver.For(site));
    });

    private static ResolvedLink Resolve(string from, string url)
    {
        var (site, links) = Fixture.Value;
        return links.Resolve(site.PagesByPath[from], url);
    }

    [Theory]
    [InlineData("../standards/supervision.md#frequency", LinkKind.Page, "/guidance/standards/supervision/#frequency")]
    [InlineData("../standards/supervision.md", LinkKind.Page, "/guidance/standards/supervision/")]
    [InlineData("#when-to-use-it", LinkKind.Page, "/guidance/guides/management-oversight-guide/#when-to-use-it")]
    [InlineData("../static/form.pdf", LinkKind.StaticFile, "/guidance/form.pdf")]
    [InlineData("/glossary/", LinkKind.SiteUrl, "/guidance/glossary/")]
    [InlineData("https://example.org/x", LinkKind.External, "https://example.org/x")]
    [InlineData("mailto:team@example.org", LinkKind.External, "mailto:team@example.org")]
    public void Resolves_links_to_site_urls(string url, LinkKind kind, string href)
    {
        var resolved = Resolve("guides/management-oversight-guide.md", url);
        Assert.Equal(kind, resolved.Kind);
        Assert.Equal(href, resolved.Href);
    }

    [Theory]
    [InlineData("../standards/missing.md", LinkKind.Missing)]
    [InlineData("../standards/supervision.md#nope", LinkKind.MissingAnchor)]
    [InlineData("../../../etc/passwd", LinkKind.EscapesContent)]
    [InlineData("javascript:alert(1)", LinkKind.Unsafe)]
    [InlineData("JaVa\tScript:alert(1)", LinkKind.Unsafe)]
    [InlineData("java\u0001script:alert(1)", LinkKind.Unsafe)]
    [InlineData("data:text/html,<script>alert(1)</script>", LinkKind.Unsafe)]
    public void Reports_broken_and_unsafe_links(string url, LinkKind kind) =>
        Assert.Equal(kind, Resolve("guides/management-oversight-guide.md", url).Kind);
}
