using Guidance.Diagnostics;
using Guidance.Load;
using Guidance.Model;
using Guidance.Tests.Support;

namespace Guidance.Tests.Load;

public class SiteLoaderTests
{
    [Fact]
    public void Loads_pages_leads_glossary_and_static_files()
    {
        using var temp = TempSite.From();
        var site = SiteLoader.Load(temp.Content, new DiagnosticBag());
        Assert.Equal("Test practice guidance", site.Settings.Title!.Value);
        Assert.Equal("/guidance/", site.Settings.BaseUrl);
        Assert.Contains("supervision", site.PagesById.Keys);
        Assert.Equal("Principal Social Worker", site.FindLead("psw")!.Title);
        Assert.Equal("Head of MASH", site.FindLead("head-of-mash")!.Title); // short form
        Assert.Equal("Threshold of Care Legal Planning Meeting", site.Glossary.Single(g => g.Term.Value == "TCLPM").Expansion);
        Assert.Equal(["form.pdf"], site.StaticFiles);
    }

    [Theory]
    [InlineData("utf-8 with a byte-order mark")]
    [InlineData("utf-16")]
    public void Reads_pages_saved_with_a_byte_order_mark(string encoding)
    {
        using var temp = TempSite.From();
        var text = "---\ntitle: Café visits\nowner: psw\n---\nBody.\n";
        var bytes = encoding == "utf-16" ? System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes(text)).ToArray()
            : System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(text)).ToArray();
        File.WriteAllBytes(Path.Combine(temp.Content, "guides", "marked.md"), bytes);

        var site = SiteLoader.Load(temp.Content, new DiagnosticBag());

        var page = site.PagesById["marked"];
        Assert.Equal("Café visits", page.Title);
        Assert.Equal("Body.\n", page.BodyText);
    }

    [Fact]
    public void A_missing_content_folder_is_a_read_error()
    {
        Assert.Throws<ContentReadException>(() => SiteLoader.Load("/no/such/folder", new DiagnosticBag()));
    }

    [Fact]
    public void A_snapshot_prepares_each_version_of_a_file_once_and_reuses_it()
    {
        // What a history does: the same file version in many commits is read, and outlined, once.
        var files = new Dictionary<string, byte[]>
        {
            ["site.yml"] = "title: T\n"u8.ToArray(),
            ["guides/g.md"] = "---\ntitle: G\n---\nBody.\n"u8.ToArray(),
        };
        var blobs = new Dictionary<string, string> { ["site.yml"] = "b1", ["guides/g.md"] = "b2" };
        var cache = new SnapshotCache();
        var prepared = 0;
        Page Prepare(Page page, DiagnosticBag _) { prepared++; return page with { BodyText = "prepared" }; }

        var first = SiteLoader.LoadSnapshot("/c", "content", files, [], new DiagnosticBag(), blobs, cache, Prepare);
        var second = SiteLoader.LoadSnapshot("/c", "content", files, [], new DiagnosticBag(), blobs, cache, Prepare);

        Assert.Equal(1, prepared);
        Assert.Same(first.Pages.Single(), second.Pages.Single());
        Assert.Equal("prepared", second.Pages.Single().BodyText);
    }
}
