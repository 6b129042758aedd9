using Guidance.Diagnostics;
using Guidance.Load;
using Guidance.Markdown;
using Guidance.Markdown.Extensions;
using Guidance.Model;
using Guidance.Render;

namespace Guidance.Tests.Markdown;

public class BodyRendererTests
{
    private static string Render(string body, IReadOnlyList<GlossaryEntry>? glossary = null)
    {
        var diagnostics = new DiagnosticBag();
        var page = PageOutlines.Outline(PageLoader.Load("guides/g.md", "content/guides/g.md", "---\ntitle: G\n---\n" + body, diagnostics)!, diagnostics);
        var other = PageOutlines.Outline(PageLoader.Load("standards/s.md", "content/standards/s.md", "---\ntitle: S\n---\n## Frequency\n", diagnostics)!, diagnostics);
        var site = new Site("/tmp/content", new SiteSettings(default, null, null, new Located<string>("/sub/", default)), [page, other], [], glossary ?? [], []);
        return new BodyRenderer(site, LinkResolver.For(site)).Render(page);
    }

    private static GlossaryEntry Term(string term, string expansion) => new(new Located<string>(term, default), expansion, null, null);

    [Theory]
    [InlineData("legal", "Legal requirement")]
    [InlineData("practice", "Practice point")]
    [InlineData("timescale", "Timescale")]
    public void A_callout_container_is_a_titled_note_announced_by_its_name(string kind, string title)
    {
        var html = Render($"::: {kind}\nSee the child **alone**.\n:::\n");
        Assert.Contains($"<div class=\"callout callout-{kind}\" role=\"note\" aria-label=\"{title}\">", html);
        Assert.Contains($"<p class=\"callout-title\" aria-hidden=\"true\">{title}</p>", html);
        Assert.Contains("<p>See the child <strong>alone</strong>.</p>", html);
    }

    [Fact]
    public void A_callout_keeps_its_note_on_a_page_whose_raw_html_is_sanitised()
    {
        var html = Render("<span>raw</span>\n\n::: legal\nSection 47.\n:::\n");
        Assert.Contains("role=\"note\" aria-label=\"Legal requirement\"", html);
    }

    [Fact]
    public void An_unknown_container_is_its_content_in_a_plain_div()
    {
        var html = Render("::: onclick\nText.\n:::\n");
        Assert.Contains("<div>", html);
        Assert.DoesNotContain("onclick", html);
        Assert.Contains("<p>Text.</p>", html);
    }

    [Fact]
    public void Rewrites_links_to_markdown_files_as_site_urls_under_the_base_path()
    {
        Assert.Contains("<a href=\"/sub/standards/s/#frequency\">the standard</a>", Render("See [the standard](../standards/s.md#frequency)."));
    }

    [Fact]
    public void Marks_only_the_first_use_of_each_acronym_and_never_inside_headings_or_links()
    {
        var html = Render("## MASH\n\nThe MASH and the [MASH page](../standards/s.md). The MASH again. The CP plan.", [Term("MASH", "Multi-Agency Safeguarding Hub"), Term("CP", "Child Protection")]);
        Assert.Equal(1, CountOf(html, "<abbr title=\"Multi-Agency Safeguarding Hub\">MASH</abbr>"));
        Assert.Contains("<h2 id=\"mash\">MASH</h2>", html);
        Assert.Contains(">MASH page</a>", html);
        Assert.Contains("<abbr title=\"Child Protection\">CP</abbr>", html);
        Assert.Contains("href=\"/sub/glossary/#term-mash\"", html);
    }

    [Fact]
    public void A_renderer_reused_page_after_page_gives_each_page_what_a_fresh_one_would()
    {
        // One HTML renderer and buffer serve every page on a thread: nothing of one page may reach the next.
        var diagnostics = new DiagnosticBag();
        var first = PageLoader.Load("guides/a.md", "content/guides/a.md", "---\ntitle: A\n---\n> quoted\n> - in a list\n\n" + new string('x', 70_000) + "\n", diagnostics)!;
        var second = PageLoader.Load("guides/b.md", "content/guides/b.md", "---\ntitle: B\n---\n## Heading\n\nText.\n", diagnostics)!;
        var site = new Site("/tmp/content", new SiteSettings(default, null, null, null), [first, second], [], [], []);
        var shared = new BodyRenderer(site, LinkResolver.For(site));

        var firstHtml = shared.Render(first);
        var secondHtml = shared.Render(second);

        Assert.Contains(new string('x', 70_000), firstHtml);
        Assert.Equal(new BodyRenderer(site, LinkResolver.For(site)).Render(second), secondHtml);
        Assert.StartsWith("<div class=\"section-heading\"><h2 id=\"heading\">Heading</h2> <a class=\"heading-link\" href=\"#heading\"", secondHtml);
        Assert.EndsWith("</a></div>\n<p>Text.</p>\n", secondHtml);
    }

    [Fact]
    public void Does_not_mark_an_acronym_inside_a_longer_word()
    {
        var html = Render("MASHED potatoes and CPR.", [Term("MASH", "Hub"), Term("CP", "Child Protection")]);
        Assert.DoesNotContain("<abbr", html);
    }

    [Fact]
    public void Raw_html_is_sanitised_so_content_cannot_inject_script()
    {
        var html = Render("<p onclick=\"steal()\">Hi <script>alert(1)</script><a href=\"javascript:alert(2)\">x</a></p>");
        Assert.DoesNotContain("onclick", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.Contains("Hi", html);
    }

    [Fact]
    public void Generic_attributes_may_set_ids_and_classes_but_not_event_handlers()
    {
        var html = Render("## Heading {#kept .note onclick=\"steal()\"}\n");
        Assert.Contains("id=\"kept\"", html);
        Assert.Contains("class=\"note\"", html);
        Assert.DoesNotContain("onclick", html);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;
}
