using Guidance.Diagnostics;
using Guidance.Load;
using Guidance.Markdown;
using Guidance.Model;

namespace Guidance.Tests.Markdown;

/// <summary>The Markdown stage: what a page's body gives the later stages (headings, anchors, links, raw HTML, acronyms).</summary>
public class PageOutlinesTests
{
    private static Page Load(string relative, string text, DiagnosticBag? diagnostics = null)
    {
        diagnostics ??= new DiagnosticBag();
        return PageOutlines.Outline(PageLoader.Load(relative, "content/" + relative, text, diagnostics)!, diagnostics);
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
    public void Raw_html_and_acronyms_are_read_at_their_places()
    {
        var page = Load("guides/g.md", "---\ntitle: G\n---\nThe MASH <span>met</span>.\n");
        Assert.Equal(["<span>", "</span>"], page.RawHtml.Select(h => h.Value));
        Assert.Equal(new SourceLocation("content/guides/g.md", 4, 10), page.RawHtml[0].Location);
        Assert.Equal("MASH", page.Acronyms.Single().Value);
    }

    [Fact]
    public void A_body_nested_too_deep_is_refused_and_the_page_kept_without_it()
    {
        var diagnostics = new DiagnosticBag();
        var page = Load("guides/g.md", "---\ntitle: G\n---\n" + new string('>', 200) + " deep\n", diagnostics);
        Assert.Equal("GV043", Assert.Single(diagnostics.Sorted()).Code);
        Assert.Equal("", page.BodyText);
        Assert.Equal("G", page.Title);
    }
}
