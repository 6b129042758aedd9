namespace Guidance.Load;

/// <summary>Splits a page into its YAML front matter and Markdown body, keeping line numbers.</summary>
internal static class FrontMatterSplitter
{
    public sealed record Parts(string? Yaml, int YamlFirstLine, string Body, int BodyFirstLine);

    /// <summary>
    /// Front matter is the text between a first line of <c>---</c> and the next line of <c>---</c>.
    /// Returns null Yaml when the page has none; throws nothing.
    /// </summary>
    public static Parts Split(string text, out bool unterminated)
    {
        unterminated = false;
        if (text.StartsWith('\uFEFF')) text = text[1..];
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r').TrimEnd() != "---")
            return new Parts(null, 0, text, 1);

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r').TrimEnd();
            if (line is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new Parts(yaml, 2, body, i + 2);
            }
        }

        unterminated = true;
        return new Parts(null, 0, "", lines.Length + 1);
    }
}
