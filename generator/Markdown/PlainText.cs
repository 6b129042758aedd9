using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using Guidance.Markdown.Extensions;
using Markdig.Syntax.Inlines;

namespace Guidance.Markdown;

/// <summary>
/// The one plain-text extractor: the words of inline Markdown as a reader sees them, without markup.
/// Headings and link text take them as written (<see cref="Of"/>); search appends them to a section's
/// text with white space collapsed, so excerpts read as prose (<see cref="AppendCollapsed(Inline?, StringBuilder)"/>).
/// A glossary term marked in the tree reads as the term.
/// </summary>
public static class PlainText
{
    public static string Of(ContainerInline? container)
    {
        if (container is null) return "";
        var sb = new StringBuilder();
        Append(container, sb, collapse: false);
        return sb.ToString().Trim();
    }

    public static void AppendCollapsed(Inline? inline, StringBuilder sb) => Append(inline, sb, collapse: true);

    private static void Append(Inline? inline, StringBuilder sb, bool collapse)
    {
        switch (inline)
        {
            case LiteralInline literal: Text(literal.Content.AsSpan(), sb, collapse); break;
            case CodeInline code: Text(code.Content, sb, collapse); break;
            case LineBreakInline when collapse: Space(sb); break;
            case LineBreakInline: sb.Append(' '); break;
            case HtmlEntityInline entity: Text(entity.Transcoded.AsSpan(), sb, collapse); break;
            case GlossaryTermInline term: Text(term.Entry.Term.Value, sb, collapse); break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling) Append(child, sb, collapse);
                break;
        }
    }

    private static void Text(ReadOnlySpan<char> text, StringBuilder sb, bool collapse)
    {
        if (collapse) AppendCollapsed(text, sb);
        else sb.Append(text);
    }

    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(" \t\r\n\f\v\u00a0");

    /// <summary>Appends text with each run of white space as one space.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AppendCollapsed(ReadOnlySpan<char> text, StringBuilder sb)
    {
        while (text.Length > 0)
        {
            var space = text.IndexOfAny(WhiteSpace);
            if (space < 0) { sb.Append(text); return; }
            if (space > 0) sb.Append(text[..space]);
            Space(sb);
            text = text[(space + 1)..];
        }
    }

    /// <summary>One space, unless the text is empty or already ends with one.</summary>
    public static void Space(StringBuilder sb)
    {
        if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
    }
}
