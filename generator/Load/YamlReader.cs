using Guidance.Diagnostics;
using Guidance.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Guidance.Load;

/// <summary>
/// Reads YAML into located values. Every value keeps the file line and column it came from, and a
/// value of the wrong shape (a list where text belongs) becomes a diagnostic, never an exception.
/// </summary>
public sealed class YamlReader(string displayPath, int lineOffset, DiagnosticBag diagnostics)
{

    /// <summary>
    /// How deeply lists and sets of keys may nest. The shipped plan nests 4 deep; the YAML library
    /// builds its tree by recursion, and 100,000 nested '[' would overflow the stack and end the
    /// process, so deeper input is refused before the tree is built.
    /// </summary>
    public const int MaxDepth = 64;

    public string DisplayPath => displayPath;

    /// <summary>Keys whose value had the wrong shape (already reported), so they are not also reported as missing.</summary>
    public HashSet<string> Misshapen { get; } = new(StringComparer.Ordinal);
    public DiagnosticBag Diagnostics => diagnostics;

    public SourceLocation At(YamlNode node) => At(node.Start);

    public SourceLocation At(Mark mark) => new(displayPath, (int)mark.Line + lineOffset, (int)mark.Column);

    /// <summary>Parses YAML text; returns the root mapping, or null (with a diagnostic) when it is not one.</summary>
    public YamlMappingNode? ParseMapping(string text, SourceLocation whereEmpty, string what)
    {
        var stream = new YamlStream();
        try
        {
            if (TooDeepAt(text) is { } deep)
            {
                diagnostics.Report(Codes.TooDeep, At(deep), $"{what} nests lists or sets of keys more than {MaxDepth} levels deep",
                    "Nothing in the content needs that much nesting: look for a run of '[' or '{' that is never closed");
                return null;
            }
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            diagnostics.Report(Codes.Malformed, TabAfter(text, ex) ?? At(ex.Start), $"{what} is not valid YAML: {CleanMessage(ex)}",
                "Check the indentation and quote any value that contains ': ' or starts with a special character");
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // The YAML library can fail without a position on some malformed input; point at its start.
            diagnostics.Report(Codes.Malformed, whereEmpty, $"{what} is not valid YAML",
                "Check for an unclosed bracket or quote, and quote any value that contains ': ' or starts with a special character");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return new YamlMappingNode();
        if (stream.Documents[0].RootNode is YamlMappingNode map) return map;

        diagnostics.Report(Codes.Malformed, At(stream.Documents[0].RootNode), $"{what} must be a set of 'key: value' lines");
        return null;
    }

    /// <summary>
    /// YAML forbids tabs for indentation, and the library reports the scalar it was reading when it
    /// met one, often lines earlier; the tab itself is where the author must look.
    /// </summary>
    private SourceLocation? TabAfter(string text, YamlException ex)
    {
        if (!ex.Message.Contains("tab", StringComparison.OrdinalIgnoreCase)) return null;
        var lines = text.Split('\n');
        for (var line = Math.Max(0, (int)ex.Start.Line - 1); line < lines.Length; line++)
        {
            var column = lines[line].IndexOf('\t');
            if (column >= 0) return new SourceLocation(displayPath, line + 1 + lineOffset, column + 1);
        }
        return null;
    }

    /// <summary>Where the nesting first passes <see cref="MaxDepth"/>, read from the parser's events (which need no recursion); null when it never does.</summary>
    private static Mark? TooDeepAt(string text)
    {
        // Each level of nesting needs at least one of these characters, so most texts need no parse at all.
        if (text.AsSpan().Count('[') + text.AsSpan().Count('{') + text.AsSpan().Count('-') + text.AsSpan().Count(':') + text.AsSpan().Count('?') <= MaxDepth) return null;
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case YamlDotNet.Core.Events.SequenceStart or YamlDotNet.Core.Events.MappingStart:
                    if (++depth > MaxDepth) return parser.Current.Start;
                    break;
                case YamlDotNet.Core.Events.SequenceEnd or YamlDotNet.Core.Events.MappingEnd:
                    depth--;
                    break;
            }
        }
        return null;
    }

    public static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public IEnumerable<(Located<string> Key, YamlNode Value)> Entries(YamlMappingNode map)
    {
        foreach (var (k, v) in map.Children)
        {
            if (k is YamlScalarNode { Value: { } key }) yield return (new Located<string>(key, At(k)), v);
        }
    }

    /// <summary>A single text value; blank and null count as absent.</summary>
    public Located<string>? Text(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null) return null;
        if (node is YamlScalarNode scalar)
        {
            // "" and "   " say nothing, quoted or not: a required value written so is missing.
            return IsBlank(scalar) || string.IsNullOrWhiteSpace(scalar.Value) ? null : new Located<string>(scalar.Value.Trim(), At(scalar));
        }
        diagnostics.Report(Codes.WrongShape, At(node), $"'{key}' must be a single value, not a {ShapeName(node)}");
        Misshapen.Add(key);
        return null;
    }

    /// <summary>A list of values; a single value is accepted as a list of one.</summary>
    public IReadOnlyList<Located<string>> List(YamlMappingNode map, string key) =>
        Get(map, key) is { } node ? List(node, key) : [];

    public IReadOnlyList<Located<string>> List(YamlNode node, string key)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                return IsBlank(scalar) ? [] : [new Located<string>(scalar.Value!.Trim(), At(scalar))];
            case YamlSequenceNode seq:
                var items = new List<Located<string>>();
                foreach (var item in seq.Children)
                {
                    if (item is YamlScalarNode s) items.Add(new Located<string>(s.Value?.Trim() ?? "", At(s)));
                    else diagnostics.Report(Codes.WrongShape, At(item), $"each item of '{key}' must be a single value, not a {ShapeName(item)}");
                }
                return items;
            default:
                diagnostics.Report(Codes.WrongShape, At(node), $"'{key}' must be a list, not a {ShapeName(node)}");
                return [];
        }
    }

    /// <summary>Prose that may be written as one text or as a list of texts.</summary>
    public IReadOnlyList<string> TextOrList(YamlMappingNode map, string key) =>
        List(map, key).Select(l => l.Value).Where(v => v.Length > 0).ToList();

    public IReadOnlyList<YamlMappingNode> Mappings(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null || node is YamlScalarNode s && IsBlank(s)) return [];
        if (node is not YamlSequenceNode seq)
        {
            diagnostics.Report(Codes.WrongShape, At(node), $"'{key}' must be a list of entries, each starting with '- '");
            return [];
        }
        var result = new List<YamlMappingNode>();
        foreach (var item in seq.Children)
        {
            if (item is YamlMappingNode m) result.Add(m);
            else diagnostics.Report(Codes.WrongShape, At(item), $"each entry of '{key}' must be a set of 'key: value' lines");
        }
        return result;
    }

    public static bool IsBlank(YamlScalarNode scalar) =>
        scalar.Value is null || (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "" or "~" or "null");

    public static string ShapeName(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "set of keys",
        _ => "value",
    };

    // YamlDotNet prefixes messages with the position, which our diagnostic already shows.
    /// <summary>
    /// The YAML library's message in an author's words where it is one of the usual typos
    /// ("While parsing a block mapping, did not find expected key." is a missing ':'), else as it is.
    /// </summary>
    private static string CleanMessage(YamlException ex)
    {
        var message = ex.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line", StringComparison.Ordinal) && close > 0) message = message[(close + 3)..];
        foreach (var (says, means) in PlainWords)
            if (message.Contains(says, StringComparison.Ordinal)) return means;
        return message.TrimEnd('.');
    }

    private static readonly (string Says, string Means)[] PlainWords =
    [
        ("did not find expected key", "this line is not a 'key: value' line (is the ':' after the key missing, or a quote inside a value in the same quotes?)"),
        ("found invalid mapping", "a value here holds ': ', which reads as another key (put the value in quotes, or indent the line like the ones above)"),
        ("Mapping values are not allowed", "a value here holds ': ', which reads as another key (put the value in quotes)"),
        ("double-quoted scalar", "a \" opened here is not closed"),
        ("single-quoted scalar", "a ' opened here is not closed"),
        ("found a tab character", "the line is indented with a tab (indent with spaces)"),
    ];
}
