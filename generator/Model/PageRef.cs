namespace Guidance.Model;

/// <summary>A reference to a page by id, optionally to one of its headings: <c>supervision#frequency</c>.</summary>
public readonly record struct PageRef(string PageId, string? Anchor)
{
    public static PageRef Parse(string text)
    {
        var hash = text.IndexOf('#');
        return hash < 0
            ? new PageRef(text.Trim(), null)
            : new PageRef(text[..hash].Trim(), text[(hash + 1)..].Trim());
    }

    public override string ToString() => Anchor is null ? PageId : $"{PageId}#{Anchor}";
}
