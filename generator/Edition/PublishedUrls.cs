using Guidance.Model;

namespace Guidance.Edition;

/// <summary>One published URL: the page that answers it, the file it came from and the page's section anchors (headings, continuum levels, plan areas and actions).</summary>
/// <param name="Location">Where the URL is written in the manifest, when it was read from one.</param>
public sealed record PublishedEntry(string Url, string Id, string File, IReadOnlyList<string> Anchors, SourceLocation? Location = null);

/// <summary>
/// Every URL one edition publishes for its pages, each page's own address, its aliases and its
/// permanent link, by URL (<c>/standards/supervision/</c>, relative to the edition's base path).
/// </summary>
public sealed class PublishedUrls(IEnumerable<PublishedEntry> entries)
{
    public SortedDictionary<string, PublishedEntry> ByUrl { get; } =
        new(entries.GroupBy(e => e.Url, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal), StringComparer.Ordinal);

    public static PublishedUrls Of(Site edition)
    {
        var entries = new List<PublishedEntry>();
        foreach (var page in edition.Pages)
        {
            var anchors = page.SectionAnchors.Distinct().Order(StringComparer.Ordinal).ToList();
            PublishedEntry Entry(string path) => new("/" + path, page.Id.Value, page.RelativePath, anchors);
            entries.Add(Entry(page.UrlPath));
            entries.AddRange(page.OtherAddresses.Select(Entry));
        }
        return new PublishedUrls(entries);
    }
}
