using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Guidance.Markdown;

/// <summary>
/// How deeply a page's content nests, measured without recursion. Markdig's parser stops block
/// nesting at 128 levels, but its HTML renderer recurses through inlines too and refuses past its own
/// limit, and the HTML sanitiser slows quadratically on deep raw HTML (10,000 nested divs took 12 s),
/// so a page deeper than <see cref="Limit"/> is refused at load (GV043) instead of failing or
/// crawling at render.
/// </summary>
internal static class Nesting
{
    public const int Limit = 128;

    /// <summary>The line (0-based, in the body) of the first element nested past <see cref="Limit"/>; null when none is.</summary>
    public static int? TooDeepIn(MarkdownDocument body)
    {
        var stack = new Stack<(MarkdownObject Node, int Depth)>();
        stack.Push((body, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > Limit) return node.Line;
            switch (node)
            {
                case ContainerBlock blocks:
                    foreach (var child in blocks) stack.Push((child, depth + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    stack.Push((inline, depth + 1));
                    break;
                case ContainerInline inlines:
                    foreach (var child in inlines) stack.Push((child, depth + 1));
                    break;
            }
        }
        return null;
    }

    /// <summary>How deeply raw HTML tags nest across a page's fragments, in order: opening tags less closing ones.</summary>
    public static bool HtmlTooDeep(IEnumerable<string> fragments)
    {
        var depth = 0;
        foreach (var fragment in fragments)
        {
            for (var i = fragment.IndexOf('<'); i >= 0 && i + 1 < fragment.Length; i = fragment.IndexOf('<', i + 1))
            {
                var next = fragment[i + 1];
                if (next == '/') depth--;
                else if (char.IsAsciiLetter(next) && !SelfClosing(fragment, i) && ++depth > Limit) return true;
            }
        }
        return false;
    }

    private static readonly string[] VoidElements = ["br", "hr", "img", "input", "meta", "link", "wbr", "col", "area", "base", "source", "track", "embed", "param"];

    /// <summary>A void element (<c>&lt;br&gt;</c>) or one closed in its own tag (<c>&lt;x/&gt;</c>), which opens no level.</summary>
    private static bool SelfClosing(string html, int at)
    {
        var end = html.IndexOf('>', at);
        if (end > 0 && html[end - 1] == '/') return true;
        var nameEnd = at + 1;
        while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd])) nameEnd++;
        return VoidElements.Contains(html[(at + 1)..nameEnd].ToLowerInvariant());
    }
}
