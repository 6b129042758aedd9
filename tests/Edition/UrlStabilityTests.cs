using Guidance.Edition;
using Guidance.Tests.Support;

namespace Guidance.Tests.Edition;

/// <summary>
/// URL stability (issue 7): a build records every published URL and anchor; renaming a page or a
/// heading without keeping the old address fails the next build with a message saying how to keep it.
/// </summary>
public class UrlStabilityTests : IDisposable
{
    private const string About = "about.md";
    private readonly TempSite _site = TempSite.From();

    public UrlStabilityTests() => Assert.Equal(0, _site.Build().ExitCode);

    public void Dispose() => _site.Dispose();

    private string Manifest => Path.Combine(_site.Content, PublishedManifest.FileName);

    private void Edit(string path, string from, string to)
    {
        var file = Path.Combine(_site.Content, path);
        var text = File.ReadAllText(file);
        Assert.Contains(from, text);
        File.WriteAllText(file, text.Replace(from, to));
    }

    [Fact]
    public void A_build_records_every_page_url_alias_permanent_link_and_anchor_sorted()
    {
        var lines = File.ReadAllLines(Manifest);
        Assert.Contains("    \"/standards/supervision/\": { \"id\": \"supervision\", \"file\": \"standards/supervision.md\", \"anchors\": [\"frequency\", \"related-guidance\", \"what-a-good-record-holds\"] },", lines);
        Assert.Contains(lines, l => l.StartsWith("    \"/id/supervision/\":", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("    \"/practice/supervision-policy/\":", StringComparison.Ordinal));
        var urls = lines.Where(l => l.StartsWith("    \"", StringComparison.Ordinal)).ToList();
        Assert.Equal(urls.Order(StringComparer.Ordinal), urls);
    }

    [Fact]
    public void Renaming_a_page_without_an_alias_fails_naming_the_old_url_and_how_to_keep_it_and_keeps_the_output()
    {
        var before = TempSite.Snapshot(_site.Output);
        Edit(About, "title: About this site", "id: about-this-site\ntitle: About this site");

        var run = _site.Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Diagnostics, d => d.StartsWith($"{_site.Content}/{About}:2:1: error GV032: '/about/' was published for page 'about' (about.md) and is no longer", StringComparison.Ordinal)
            && d.Contains($"Keep it working by adding 'aliases: [/about/]' to the front matter of {_site.Content}/{About}", StringComparison.Ordinal));
        Assert.Contains(run.Diagnostics, d => d.Contains("error GV032: '/id/about/' was published", StringComparison.Ordinal));
        Assert.Equal(before, TempSite.Snapshot(_site.Output));
    }

    [Fact]
    public void With_the_old_urls_as_aliases_the_renamed_page_builds_and_its_old_address_redirects()
    {
        Edit(About, "title: About this site", "id: about-this-site\ntitle: About this site\naliases: [/about/, /id/about/]");

        var run = _site.Build();

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.True(_site.FileContains("about/index.html", "<meta http-equiv=\"refresh\" content=\"0; url=/guidance/about-this-site/\">"));
        Assert.True(_site.FileContains("id/about/index.html", "url=/guidance/about-this-site/"));
        Assert.True(_site.FileExists("about-this-site/index.html"));
    }

    [Fact]
    public void Rewording_a_heading_fails_unless_the_old_anchor_is_kept()
    {
        Edit(About, "## How to cite guidance", "## Citing guidance in a record");
        var run = _site.Build();
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Diagnostics, d => d.Contains("error GV033: heading anchor '#how-to-cite-guidance' of '/about/' is no longer on page 'about'", StringComparison.Ordinal)
            && d.Contains("'## New wording {#how-to-cite-guidance}'", StringComparison.Ordinal));

        Edit(About, "## Citing guidance in a record", "## Citing guidance in a record {#how-to-cite-guidance}");
        var kept = _site.Build();
        Assert.True(kept.ExitCode == 0, kept.Stderr);
        Assert.True(_site.FileContains("about/index.html", "<h2 id=\"how-to-cite-guidance\">Citing guidance in a record</h2>"));
    }

    [Fact]
    public void Accept_removals_records_a_deliberate_removal_so_later_builds_pass()
    {
        Edit(About, "## How to cite guidance", "## Citing");
        Assert.Equal(1, _site.Build().ExitCode);

        var accepted = _site.Build("2024-06-01", "--accept-removals");
        Assert.True(accepted.ExitCode == 0, accepted.Stderr);
        Assert.Contains(accepted.Diagnostics, d => d.Contains("warning GV033: heading anchor '#how-to-cite-guidance' of '/about/'", StringComparison.Ordinal)
            && d.EndsWith("Recorded as removed on purpose (--accept-removals)", StringComparison.Ordinal));
        Assert.DoesNotContain("\"how-to-cite-guidance\"", File.ReadAllText(Manifest));
        var later = _site.Build();
        Assert.Equal(0, later.ExitCode);
        // Only the fixture's missing site_url (GV160) is left: no removal is reported again.
        Assert.All(later.Diagnostics, d => Assert.Contains("warning GV160", d));
    }

    [Fact]
    public void Check_reports_removals_but_never_writes_the_manifest_and_builds_write_the_same_bytes()
    {
        var written = File.ReadAllBytes(Manifest);
        Assert.Equal(0, _site.Build().ExitCode);
        Assert.Equal(written, File.ReadAllBytes(Manifest));

        Edit(About, "## How to cite guidance", "## Citing");
        var run = _site.Check();
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Diagnostics, d => d.Contains("GV033", StringComparison.Ordinal));
        Assert.Equal(written, File.ReadAllBytes(Manifest));

        File.Delete(Manifest);
        Assert.Equal(0, _site.Check().ExitCode);
        Assert.False(File.Exists(Manifest));
    }
}
