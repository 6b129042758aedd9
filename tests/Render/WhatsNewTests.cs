using System.Xml.Linq;
using Guidance.Tests.Support;

namespace Guidance.Tests.Render;

/// <summary>Change history on each page, the What's new page and its Atom feed.</summary>
public class WhatsNewTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly TempSite _site = TempSite.From();

    public WhatsNewTests()
    {
        AddChanges("standards/supervision.md", "  - date: 2024-01-15\n    summary: First published.\n  - date: 2024-05-20\n    summary: Weekly supervision for the MASH team.\n");
        AddChanges("strategies/neglect-strategy.md", "  - date: 2024-03-02\n    summary: Aims agreed with partners.\n");
    }

    public void Dispose() => _site.Dispose();

    private void AddChanges(string page, string entries)
    {
        var file = Path.Combine(_site.Content, page);
        var text = File.ReadAllText(file);
        var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
        File.WriteAllText(file, text[..(end + 1)] + "changes:\n" + entries + text[(end + 1)..]);
    }

    [Fact]
    public void Each_page_shows_its_change_history_newest_first_and_cites_its_latest_version()
    {
        Assert.Equal(0, _site.Build().ExitCode);
        var page = _site.ReadOutput("standards/supervision/index.html");
        var newest = page.IndexOf("<time datetime=\"2024-05-20\">20 May 2024</time>: Weekly supervision for the MASH team.", StringComparison.Ordinal);
        var oldest = page.IndexOf("<time datetime=\"2024-01-15\">15 January 2024</time>: First published.", StringComparison.Ordinal);
        Assert.True(newest > 0 && oldest > newest, "history missing or not newest first");
        Assert.Contains("version of 20 May 2024, ", page);
    }

    [Fact]
    public void Whats_new_lists_changes_across_the_site_newest_first_and_every_page_links_the_feed()
    {
        Assert.Equal(0, _site.Build().ExitCode);
        var page = _site.ReadOutput("whats-new/index.html");
        var order = new[] { "Weekly supervision for the MASH team.", "Aims agreed with partners.", "First published." }
            .Select(s => page.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.All(order, i => Assert.True(i > 0));
        Assert.Equal(order.Order(), order);
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"What's new\" href=\"/guidance/feed.xml\">", _site.ReadOutput("standards/supervision/index.html"));
    }

    [Fact]
    public void The_feed_is_atom_with_one_entry_per_change_dated_from_the_content_not_the_clock()
    {
        Assert.Equal(0, _site.Build("2024-06-01").ExitCode);
        var first = _site.ReadOutput("feed.xml");
        var feed = XDocument.Parse(first).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("2024-05-20T00:00:00Z", feed.Element(Atom + "updated")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(3, entries.Count);
        Assert.Equal("Supervision and management oversight: Weekly supervision for the MASH team.", entries[0].Element(Atom + "title")!.Value);
        Assert.Equal("/guidance/standards/supervision/", entries[0].Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());

        Assert.Equal(0, _site.Build("2025-09-09").ExitCode);
        Assert.Equal(first, _site.ReadOutput("feed.xml"));
    }
}
