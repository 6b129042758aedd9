namespace Guidance.Model;

/// <summary>A glossary term: an acronym with its expansion, an optional definition and page.</summary>
public sealed record GlossaryEntry(
    Located<string> Term,
    string? Expansion,
    string? Definition,
    Located<string>? See)
{
    /// <summary>The anchor of the term on the glossary page.</summary>
    public string Anchor => "term-" + Slug.ForAnchor(Term.Value);
}
