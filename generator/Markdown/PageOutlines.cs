using Guidance.Diagnostics;
using Guidance.Markdown.Extensions;
using Guidance.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Guidance.Markdown;

/// <summary>
/// The Markdown stage: parses each loaded page's body once, with the one pipeline, and keeps what the
/// later stages check and link to: its headings (with their anchors), links, raw HTML and the first
/// use of each acronym. The tree itself is let go (render parses again; ten thousand trees held at
/// once cost half a gigabyte). A body nested past what the parser, renderer or sanitiser can take is
/// refused (GV043) and the page kept with an empty body, so its front matter is still checked.
/// </summary>
public static class PageOutlines
{
    /// <summary>The site with every page's body outlined, in the same order.</summary>
    public static Site Read(Site site, DiagnosticBag diagnostics) =>
        site.WithPages(site.Pages.AsParallel().AsOrdered().Select(page => Outline(page, diagnostics)).ToList());

    /// <summary>One page with its body outlined (or, nested too deep, emptied).</summary>
    public static Page Outline(Page page, DiagnosticBag diagnostics)
    {
        var (path, firstLine) = (page.DisplayPath, page.BodyFirstLine);
        if (Parse(page.BodyText, path, firstLine, diagnostics) is not { } body)
            return page with { BodyText = "", Headings = [], Links = [], RawHtml = [], Acronyms = [] };
        return page with
        {
            Headings = ReadHeadings(body, path, firstLine),
            Links = ReadLinks(body, path, firstLine),
            RawHtml = ReadRawHtml(body, path, firstLine),
            Acronyms = AcronymScanner.FirstUses(body, path, firstLine),
        };
    }

    /// <summary>The body's syntax tree, or null (reported as GV043) when it nests too deep to render.</summary>
    private static MarkdownDocument? Parse(string text, string displayPath, int firstLine, DiagnosticBag diagnostics)
    {
        int? deepLine;
        MarkdownDocument? body = null;
        try
        {
            body = MarkdownPipelines.Parse(text);
            deepLine = Nesting.TooDeepIn(body);
            if (deepLine is null && Nesting.HtmlTooDeep(ReadRawHtml(body, displayPath, firstLine).Select(h => h.Value))) deepLine = DeepestLine(text);
        }
        catch (ArgumentException)
        {
            // Markdig refuses block nesting past its depth limit rather than overflow the stack.
            deepLine = DeepestLine(text);
        }
        if (deepLine is null) return body;
        diagnostics.Report(Codes.TooDeep, new SourceLocation(displayPath, firstLine + deepLine.Value, 1),
            $"the page nests block quotes, lists, emphasis, brackets or HTML tags more than {Nesting.Limit} levels deep",
            "Nothing needs that much nesting: look for a long run of '>', '[', '*', indented list markers or unclosed tags");
        return null;
    }

    /// <summary>The 0-based line of the body most likely to hold the over-deep nesting: the one with most nesting marks.</summary>
    private static int DeepestLine(string body)
    {
        var lines = body.Split('\n');
        var marks = lines.Select(l => l.Count(c => c is '>' or '[' or '(' or '*' or '_' or '-' or '<') + (l.Length - l.TrimStart().Length) / 2).ToList();
        return marks.IndexOf(marks.DefaultIfEmpty(0).Max());
    }

    private static List<Heading> ReadHeadings(MarkdownDocument body, string path, int firstLine) =>
        body.Descendants<HeadingBlock>()
            .Select(h => new Heading(
                h.Level,
                PlainText.Of(h.Inline),
                h.GetAttributes().Id ?? "",
                new SourceLocation(path, h.Line + firstLine, h.Column + 1)))
            .ToList();

    private static List<Located<string>> ReadRawHtml(MarkdownDocument body, string path, int firstLine)
    {
        var blocks = body.Descendants<HtmlBlock>()
            .Select(b => new Located<string>(b.Lines.ToString(), new SourceLocation(path, b.Line + firstLine, b.Column + 1)));
        var inlines = body.Descendants<HtmlInline>()
            .Select(i => new Located<string>(i.Tag, new SourceLocation(path, i.Line + firstLine, i.Column + 1)));
        return blocks.Concat(inlines).OrderBy(h => h.Location.Line).ThenBy(h => h.Location.Column).ToList();
    }

    private static List<BodyLink> ReadLinks(MarkdownDocument body, string path, int firstLine) =>
        body.Descendants<LinkInline>()
            .Where(l => l.Url is not null)
            .Select(l => new BodyLink(l.Url!, new SourceLocation(path, l.Line + firstLine, l.Column + 1), l.IsImage, InternalOnlyLinks.IsMarked(l)))
            .ToList();
}
