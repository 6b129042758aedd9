using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DiffPlex;

namespace Guidance.History;

/// <summary>
/// What changed between two versions of a page's text, word by word (DiffPlex), as HTML: each changed
/// paragraph with its deleted words in <c>&lt;del&gt;</c> and inserted ones in <c>&lt;ins&gt;</c>, each
/// mark starting with visually hidden words ("deleted:", "inserted:") so a screen reader says which is
/// which. Unchanged paragraphs are left out. Every word is HTML-escaped: the diff shows the Markdown as
/// written, never runs it.
/// </summary>
public static partial class VersionDiff
{
    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"\s+|[^\s]+")]
    private static partial Regex Words();

    private sealed class ParagraphChunker : IChunker
    {
        public IReadOnlyList<string> Chunk(string text) => text.Length == 0 ? [] : text.Split('\n');
    }

    private sealed class WordChunker : IChunker
    {
        public IReadOnlyList<string> Chunk(string text) => Words().Matches(text).Select(m => m.Value).ToArray();
    }

    /// <summary>The diff as HTML, or null when the texts' words are the same.</summary>
    public static string? Html(string before, string after)
    {
        var oldText = Paragraphs(before);
        var newText = Paragraphs(after);
        var paragraphs = Differ.Instance.CreateDiffs(oldText, newText, false, false, new ParagraphChunker());
        if (paragraphs.DiffBlocks.Count == 0) return null;
        var html = new StringBuilder();
        foreach (var block in paragraphs.DiffBlocks)
        {
            var deleted = string.Join("\n", paragraphs.PiecesOld.Skip(block.DeleteStartA).Take(block.DeleteCountA));
            var inserted = string.Join("\n", paragraphs.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB));
            html.Append("<p>");
            Words(html, deleted, inserted);
            html.Append("</p>\n");
        }
        return html.ToString();
    }

    /// <summary>One line per paragraph, its own line breaks made spaces.</summary>
    private static string Paragraphs(string text) =>
        string.Join("\n", BlankLines().Split(text.Replace("\r\n", "\n").Trim()).Select(p => Regex.Replace(p.Trim(), @"\s+", " ")).Where(p => p.Length > 0));

    private static void Words(StringBuilder html, string before, string after)
    {
        var words = Differ.Instance.CreateDiffs(before, after, false, false, new WordChunker());
        var position = 0;
        foreach (var block in words.DiffBlocks)
        {
            Append(html, words.PiecesNew, position, block.InsertStartB - position);
            if (block.DeleteCountA > 0) Mark(html, "del", "deleted: ", words.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            if (block.DeleteCountA > 0 && block.InsertCountB > 0) html.Append(' ');
            if (block.InsertCountB > 0) Mark(html, "ins", "inserted: ", words.PiecesNew, block.InsertStartB, block.InsertCountB);
            position = block.InsertStartB + block.InsertCountB;
        }
        Append(html, words.PiecesNew, position, words.PiecesNew.Count - position);
    }

    private static void Append(StringBuilder html, IReadOnlyList<string> pieces, int start, int count)
    {
        for (var i = start; i < start + count; i++) html.Append(pieces[i] == "\n" ? " " : WebUtility.HtmlEncode(pieces[i]));
    }

    private static void Mark(StringBuilder html, string tag, string said, IReadOnlyList<string> pieces, int start, int count)
    {
        html.Append('<').Append(tag).Append("><span class=\"visually-hidden\">").Append(said).Append("</span>");
        Append(html, pieces, start, count);
        html.Append("</").Append(tag).Append('>');
    }
}
