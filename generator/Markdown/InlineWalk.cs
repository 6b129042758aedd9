using Markdig.Syntax.Inlines;

namespace Guidance.Markdown;

/// <summary>
/// Walks a leaf's inlines by their sibling links. Markdig's <c>Descendants&lt;T&gt;()</c> allocates an
/// iterator and a stack for every leaf; called for every heading, paragraph and cell of ten thousand
/// pages, that was a tenth of the render stage's processor time.
/// </summary>
public static class InlineWalk
{
    /// <summary>True when any inline under <paramref name="container"/> is a <typeparamref name="T"/>.</summary>
    public static bool Contains<T>(ContainerInline? container) where T : Inline
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is T || (inline is ContainerInline inner && Contains<T>(inner))) return true;
        }
        return false;
    }

    /// <summary>Adds every literal under <paramref name="container"/> to <paramref name="into"/>, in document order.</summary>
    public static void Literals(ContainerInline? container, List<LiteralInline> into)
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LiteralInline literal) into.Add(literal);
            else if (inline is ContainerInline inner) Literals(inner, into);
        }
    }
}
