using System.Text.RegularExpressions;
using Guidance.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Guidance.Markdown;

/// <summary>
/// Finds the acronym-like words a page's body uses (two or more capitals, with any digits, and
/// optionally a plural "s": CARES, GCP2, S2S, ICPCs), each at its first use, so a rule can ask whether
/// the glossary explains it. Read from the syntax tree at load, so code is never read as prose.
/// </summary>
public static partial class AcronymScanner
{
    // Whole words only, as the glossary marker matches them: "FS&S" is one term, not "FS".
    [GeneratedRegex(@"(?<![\w&])[A-Z0-9]*[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*s?(?![\w&])", RegexOptions.CultureInvariant)]
    public static partial Regex Word();

    /// <summary>The singular a plural acronym stands for ("ICPCs" is "ICPC"); other words as they are.</summary>
    public static string Singular(string word) => word.EndsWith('s') ? word[..^1] : word;

    public static List<Located<string>> FirstUses(MarkdownDocument body, string path, int firstLine)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var uses = new List<Located<string>>();
        var literals = new List<LiteralInline>();
        foreach (var leaf in body.Descendants<LeafBlock>())
        {
            if (leaf.Inline is null) continue;
            literals.Clear();
            InlineWalk.Literals(leaf.Inline, literals);
            foreach (var literal in literals)
            {
                foreach (var match in Word().EnumerateMatches(literal.Content.AsSpan()))
                {
                    var word = literal.Content.AsSpan().Slice(match.Index, match.Length).ToString();
                    if (seen.Add(word))
                        uses.Add(new Located<string>(word, new SourceLocation(path, literal.Line + firstLine, literal.Column + 1 + match.Index)));
                }
            }
        }
        return uses;
    }
}
