using Guidance.Diagnostics;
using Guidance.Model;
using YamlDotNet.RepresentationModel;

namespace Guidance.Load;

/// <summary>Reads one Markdown file: its front matter into a <see cref="FrontMatter"/>, its body kept as text for the Markdown stage.</summary>
internal static class PageLoader
{

    public static Page? Load(string relativePath, string displayPath, string text, DiagnosticBag diagnostics)
    {
        var parts = FrontMatterSplitter.Split(text, out var unterminated);
        var fileStart = new SourceLocation(displayPath, 1, 1);
        if (unterminated)
        {
            diagnostics.Report(Codes.Malformed, fileStart, "the front matter has no closing '---' line",
                "End the front matter with a line of three hyphens before the Markdown body");
            return null;
        }
        if (parts.Yaml is null)
        {
            diagnostics.Report(Codes.Malformed, fileStart, "the page has no front matter",
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

        var id = meta.Id ?? new Located<string>(fileId, fileStart);

        return new Page
        {
            DisplayPath = displayPath,
            RelativePath = relativePath,
            Id = id,
            Type = type,
            Meta = meta,
            BodyText = parts.Body,
            BodyFirstLine = parts.BodyFirstLine,
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

    internal static void CheckKeys(YamlReader yaml, YamlMappingNode map, IEnumerable<string> known, List<Located<string>> unknown)
    {
        var knownSet = known.ToHashSet(StringComparer.Ordinal);
        unknown.AddRange(yaml.Entries(map).Select(e => e.Key).Where(k => !knownSet.Contains(k.Value)));
    }
}
