using Guidance.Diagnostics;
using Guidance.Edition;
using Guidance.Model;

namespace Guidance.Tests.Edition;

/// <summary>The manifest file: written one URL a line, read back with each URL's line, escapes and all.</summary>
public class PublishedManifestTests
{
    [Fact]
    public void A_written_manifest_reads_back_with_every_entry_and_the_line_it_is_on()
    {
        var path = Path.Combine(Path.GetTempPath(), "guidance-manifest-" + Guid.NewGuid().ToString("N")[..8] + ".json");
        try
        {
            var urls = new PublishedUrls([
                new PublishedEntry("/standards/supervision/", "supervision", "standards/supervision.md", ["frequency", "purpose"]),
                new PublishedEntry("/old/café+tea/", "supervision", "standards/supervision.md", ["frequency"]),
                new PublishedEntry("/", "index", "index.md", []),
            ]);
            PublishedManifest.Write(path, PublishedManifest.Read(path, path, new DiagnosticBag()), "internal", urls);
            PublishedManifest.Write(path, PublishedManifest.Read(path, path, new DiagnosticBag()), "partnership", new PublishedUrls([new PublishedEntry("/", "partnership-home", "partnership-home.md", [])]));
            var lines = File.ReadAllLines(path);

            var read = PublishedManifest.Read(path, "m.json", new DiagnosticBag()).Profiles;

            Assert.Equal(["internal", "partnership"], read.Keys.Order(StringComparer.Ordinal));
            var entries = read["internal"].ByUrl;
            Assert.Equal(["/", "/old/café+tea/", "/standards/supervision/"], entries.Keys);
            Assert.Equal(["frequency", "purpose"], entries["/standards/supervision/"].Anchors);
            foreach (var entry in entries.Values)
                Assert.Contains(entry.Id, lines[entry.Location!.Value.Line - 1]);
            Assert.Contains("\\u002B", lines[entries["/old/café+tea/"].Location!.Value.Line - 1]);
            Assert.Contains("partnership-home", lines[read["partnership"].ByUrl["/"].Location!.Value.Line - 1]);

            // Writing what is already there leaves the file alone.
            var untouched = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            File.SetLastWriteTimeUtc(path, untouched);
            PublishedManifest.Write(path, PublishedManifest.Read(path, path, new DiagnosticBag()), "internal", urls);
            Assert.Equal(untouched, File.GetLastWriteTimeUtc(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_damaged_manifest_is_a_diagnostic_not_a_crash()
    {
        var path = Path.Combine(Path.GetTempPath(), "guidance-manifest-" + Guid.NewGuid().ToString("N")[..8] + ".json");
        try
        {
            File.WriteAllText(path, "{ \"internal\": { \"/\": { \"id\": \"index\" ");
            var diagnostics = new DiagnosticBag();
            Assert.Empty(PublishedManifest.Read(path, "content/.published.json", diagnostics).Profiles);
            var problem = Assert.Single(diagnostics.Sorted());
            Assert.StartsWith("content/.published.json:1:1: error GV032: the list of published URLs cannot be read", problem.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
