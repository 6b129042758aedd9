using System.Net;
using System.Text.RegularExpressions;
using Guidance.Model;
using Markdig;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Guidance.Markdown.Extensions;

/// <summary>
/// <c>UseGlossaryTerms()</c>: as a body is parsed, the first use of each glossary acronym is marked in
/// the tree (so search reads it too), and written as a link to its glossary entry.
/// </summary>
public sealed class GlossaryTermsExtension(GlossaryMarker marker, string glossaryUrl) : HtmlRendererExtension
{
    public override void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += marker.Mark;

    protected override void Setup(HtmlRenderer renderer) => renderer.ObjectRenderers.Add(new GlossaryTermRenderer(glossaryUrl));
}

/// <summary>
/// Marks the first use of each glossary acronym on a page: <c>&lt;abbr title="expansion"&gt;</c>,
/// linked to its glossary entry. Works on the syntax tree, so text in headings, links and code is
/// never touched.
/// </summary>
public sealed class GlossaryMarker
{
    private readonly Regex? _terms;
    private readonly Dictionary<string, GlossaryEntry> _byTerm;

    /// <summary>
    /// Markers made before, by the terms and expansions they mark: a history of two thousand commits
    /// renders and checks each commit with its own glossary, nearly always the same one, and compiling
    /// the terms' expression is most of what a marker costs. Glossaries are few, so this stays small.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, GlossaryMarker> Made = new(StringComparer.Ordinal);

    /// <summary>The marker of a glossary: one made before for the same terms and expansions, or a new one.</summary>
    public static GlossaryMarker For(IReadOnlyList<GlossaryEntry> glossary)
    {
        var key = string.Join("\n", glossary.Select(e => e.Term.Value + "\t" + e.Expansion));
        return Made.GetOrAdd(key, _ => new GlossaryMarker(glossary));
    }

    public GlossaryMarker(IReadOnlyList<GlossaryEntry> glossary)
    {
        _byTerm = glossary.Where(e => e.Term.Value.Length > 0)
            .GroupBy(e => e.Term.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        if (_byTerm.Count == 0) return;
        // Longest first, so "NEL CSA" wins over "CSA"; whole words only, case as written.
        var alternatives = _byTerm.Keys.OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).Select(Regex.Escape);
        _terms = new Regex($@"(?<![\w&])(?:{string.Join('|', alternatives)})(?![\w&])", RegexOptions.Compiled | RegexOptions.CultureInvariant);
    }

    /// <summary>The glossary terms a text uses, found by the same whole-word, case-as-written test that marks them.</summary>
    public IReadOnlySet<string> TermsIn(string text) =>
        _terms is null ? new HashSet<string>() : _terms.Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    public void Mark(MarkdownDocument document)
    {
        if (_terms is null) return;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var literals = new List<LiteralInline>();
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf is HeadingBlock || leaf.Inline is null) continue;
            literals.Clear(); // listed first: marking splits literals, which must not be walked again
            InlineWalk.Literals(leaf.Inline, literals);
            foreach (var literal in literals)
            {
                if (InsideLink(literal)) continue;
                MarkLiteral(literal, seen);
            }
        }
    }

    private void MarkLiteral(LiteralInline literal, HashSet<string> seen)
    {
        // Searched in place: most literals hold no term not yet seen, and copying each one out
        // as a string cost a third of a page's render allocations.
        var span = literal.Content.AsSpan();
        var seenLookup = seen.GetAlternateLookup<ReadOnlySpan<char>>();
        var (index, length) = (-1, 0);
        foreach (var m in _terms!.EnumerateMatches(span))
        {
            if (seenLookup.Contains(span.Slice(m.Index, m.Length))) continue;
            (index, length) = (m.Index, m.Length);
            break;
        }
        if (index < 0) return;
        var text = literal.Content.ToString();
        var found = text.Substring(index, length);
        seen.Add(found);

        var after = new LiteralInline(text[(index + length)..]);
        var term = new GlossaryTermInline(_byTerm[found]);
        literal.Content = new StringSlice(text[..index]);
        literal.InsertAfter(term);
        term.InsertAfter(after);
        // The rest of the literal may hold other terms used for the first time.
        MarkLiteral(after, seen);
    }

    private static bool InsideLink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
            if (parent is LinkInline) return true;
        return false;
    }
}

/// <summary>An acronym marked up with its expansion.</summary>
public sealed class GlossaryTermInline(GlossaryEntry entry) : LeafInline
{
    public GlossaryEntry Entry { get; } = entry;
}

/// <summary>Writes a marked acronym as a link to the glossary holding an <c>abbr</c>.</summary>
public sealed class GlossaryTermRenderer(string glossaryUrl) : HtmlObjectRenderer<GlossaryTermInline>
{
    protected override void Write(HtmlRenderer renderer, GlossaryTermInline term)
    {
        var entry = term.Entry;
        var expansion = WebUtility.HtmlEncode(entry.Expansion ?? entry.Term.Value);
        renderer.Write($"<a class=\"term\" href=\"{glossaryUrl}#{entry.Anchor}\"><abbr title=\"{expansion}\">")
            .WriteEscape(entry.Term.Value)
            .Write("</abbr></a>");
    }
}
