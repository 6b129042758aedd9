using Guidance.Model;

namespace Guidance.Index.Search;

/// <summary>
/// What search knows of one page: the fields that rank differently (title, summary, tags) and the
/// page's sections in reading order, each with the anchor a result can land on. Section 0 is the top
/// of the page (anchor ""). Built from the parsed page, never from rendered HTML.
/// </summary>
public sealed class SearchDocument
{
    public required string Title { get; init; }

    /// <summary>The page's URL path relative to the site root, e.g. <c>standards/supervision/</c>.</summary>
    public required string Path { get; init; }

    public required PageType Type { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public List<SearchSection> Sections { get; } = [new("", "", "")];

    /// <summary>Glossary terms whose entry points at this page (<c>see:</c>), with the anchor it names.</summary>
    public List<(GlossaryEntry Entry, string? Anchor)> GlossaryLinks { get; } = [];

    public int SectionOf(string? anchor)
    {
        if (anchor is null) return 0;
        var index = Sections.FindIndex(s => s.Anchor == anchor);
        return index < 0 ? 0 : index;
    }
}

/// <summary>A part of a page under one heading: the heading's anchor and text, and the plain text below it.</summary>
public sealed record SearchSection(string Anchor, string Heading, string Text);
