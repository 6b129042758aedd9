using Guidance.Model;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.RepresentationModel;

namespace Guidance.Load;

/// <summary>Reads one Markdown file: front matter into a <see cref="FrontMatter"/>, the body into a syntax tree.</summary>
internal static class PageLoader
{
    public const string NoFrontMatter = "GV001";

    public static Page? Load(string relativePath, string displayPath, string text, Diagnostics diagnostics)
    {
        var parts = FrontMatterSplitter.Split(text, out var unterminated);
        var fileStart = new SourceLocation(displayPath, 1, 1);
        if (unterminated)
        {
            diagnostics.Error(NoFrontMatter, fileStart, "the front matter has no closing '---' line",
                "End the front matter with a line of three hyphens before the Markdown body");
            return null;
        }
        if (parts.Yaml is null)
        {
            diagnostics.Error(NoFrontMatter, fileStart, "the page has no front matter",
                "Start the file with a '---' line, the page's 'title:' and other keys, then another '---' line");
            return null;
        }

        var yaml = new YamlReader(displayPath, parts.YamlFirstLine - 1, diagnostics);
        var map = yaml.ParseMapping(parts.Yaml, new SourceLocation(displayPath, parts.YamlFirstLine, 1), "the front matter");
        if (map is null) return null;

        var topFolder = relativePath.Contains('/') ? relativePath[..relativePath.IndexOf('/')] : "";
        var typeField = yaml.Text(map, "type");
        var type = typeField is not null && PageTypes.FromName(typeField.Value) is { } named
            ? named
            : PageTypes.FromFolder(topFolder);

        var unknown = new List<Located<string>>();
        CheckKeys(yaml, map, KnownKeys.For(type), unknown);

        var fileId = Path.GetFileNameWithoutExtension(relativePath);
        var meta = new FrontMatter
        {
            Start = map.Children.Count > 0 ? yaml.At(map.Children.First().Key) : new SourceLocation(displayPath, 2, 1),
            Id = yaml.Text(map, "id"),
            Type = typeField,
            Title = yaml.Text(map, "title"),
            Summary = yaml.Text(map, "summary"),
            Owner = yaml.Text(map, "owner"),
            Audience = yaml.Text(map, "audience"),
            Reviewed = yaml.Text(map, "reviewed"),
            ReviewDue = yaml.Text(map, "review_due"),
            Tags = yaml.List(map, "tags"),
            Aliases = yaml.List(map, "aliases"),
            Related = yaml.List(map, "related"),
            Changes = ChangeReader.Read(yaml, map, unknown),
            Sources = SourceReader.Read(yaml, map, unknown),
            Legal = yaml.List(map, "legal"),
            UnknownKeys = unknown,
            Misshapen = yaml.Misshapen,
            Keys = yaml.Entries(map).Select(e => e.Key.Value).ToHashSet(StringComparer.Ordinal),
        };

        var bodyText = parts.Body;
        var body = ParseBody(bodyText, displayPath, parts.BodyFirstLine, diagnostics);
        if (body is null)
        {
            bodyText = "";
            body = Markdown.Parse(bodyText, MarkdownPipelineFactory.Pipeline);
        }
        var id = meta.Id ?? new Located<string>(fileId, fileStart);

        return new Page
        {
            DisplayPath = displayPath,
            RelativePath = relativePath,
            Id = id,
            Type = type,
            Meta = meta,
            BodyText = bodyText,
            Headings = ReadHeadings(body, displayPath, parts.BodyFirstLine),
            Links = ReadLinks(body, displayPath, parts.BodyFirstLine),
            RawHtml = ReadRawHtml(body, displayPath, parts.BodyFirstLine),
            Acronyms = AcronymScanner.FirstUses(body, displayPath, parts.BodyFirstLine),
            Panel = type == PageType.Panel ? PanelReader.Read(yaml, map) : null,
            Levels = type == PageType.Continuum ? ContinuumReader.Read(yaml, map, unknown) : [],
            Plan = type == PageType.Plan ? PlanReader.Read(yaml, map, unknown) : null,
            UrlPath = UrlPathFor(type, id.Value, relativePath),
        };
    }

    /// <summary>
    /// A page's URL comes from its type and id, never its file path, so moving a file keeps its links.
    /// The root <c>index.md</c> is the home page.
    /// </summary>
    public static string UrlPathFor(PageType type, string id, string relativePath)
    {
        if (type == PageType.Page && relativePath == "index.md") return "";
        var folder = PageTypes.Of(type).Folder;
        return folder.Length == 0 ? $"{id}/" : $"{folder}/{id}/";
    }

    /// <summary>
    /// The body's syntax tree, or null (reported as GV043) when it nests past what the parser, the
    /// renderer or the sanitiser can take: the page is then loaded with no body, so its front matter
    /// is still checked and one deep page cannot stop the rest being checked.
    /// </summary>
    private static MarkdownDocument? ParseBody(string text, string displayPath, int firstLine, Diagnostics diagnostics)
    {
        int? deepLine;
        MarkdownDocument? body = null;
        try
        {
            body = Markdown.Parse(text, MarkdownPipelineFactory.Pipeline);
            deepLine = Nesting.TooDeepIn(body);
            if (deepLine is null && Nesting.HtmlTooDeep(ReadRawHtml(body, displayPath, firstLine).Select(h => h.Value))) deepLine = DeepestLine(text);
        }
        catch (ArgumentException)
        {
            // Markdig refuses block nesting past its depth limit rather than overflow the stack.
            deepLine = DeepestLine(text);
        }
        if (deepLine is null) return body;
        diagnostics.Error(YamlReader.TooDeep, new SourceLocation(displayPath, firstLine + deepLine.Value, 1),
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

    internal static void CheckKeys(YamlReader yaml, YamlMappingNode map, IEnumerable<string> known, List<Located<string>> unknown)
    {
        var knownSet = known.ToHashSet(StringComparer.Ordinal);
        unknown.AddRange(yaml.Entries(map).Select(e => e.Key).Where(k => !knownSet.Contains(k.Value)));
    }

    private static List<Heading> ReadHeadings(MarkdownDocument body, string path, int firstLine) =>
        body.Descendants<HeadingBlock>()
            .Select(h => new Heading(
                h.Level,
                InlineText.Of(h.Inline),
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
            .Select(l => new BodyLink(l.Url!, new SourceLocation(path, l.Line + firstLine, l.Column + 1), l.IsImage, Publish.InternalOnlyLinks.IsMarked(l)))
            .ToList();
}
