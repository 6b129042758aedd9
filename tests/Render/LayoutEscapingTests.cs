using Guidance.Tests.Support;

namespace Guidance.Tests.Render;

/// <summary>Front matter text reaches the page through layouts; every layout must escape it.</summary>
public class LayoutEscapingTests
{
    [Fact]
    public void Script_in_front_matter_and_registries_is_escaped_everywhere()
    {
        const string evil = "<script>alert(1)</script>";
        using var site = TempSite.From()
            .Write("guides/evil.md", $"---\ntitle: \"Evil {evil}\"\nsummary: \"{evil}\"\nowner: psw\nreview_due: 2026-01-01\ntags: [\"{evil}\"]\n---\nBody\n")
            .Write("leads.yml", File.ReadAllText(Path.Combine(TempSite.FixturesDir, "valid-site", "leads.yml")) + $"evil-lead:\n  title: \"{evil}\"\n  name: \"{evil}\"\n")
            .Write("glossary.yml", $"MASH: \"{evil}\"\nTCLPM:\n  expansion: x\n  definition: \"{evil}\"\n");

        var run = site.Build();

        Assert.Equal(0, run.ExitCode);
        // The site's own scripts are hashed files under assets/; no other script tag may appear.
        var ownScript = new System.Text.RegularExpressions.Regex(@"<script src=""/guidance/assets/[a-z-]+\.[0-9a-f]{10}\.js""[^>]*></script>");
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
            Assert.DoesNotContain("<script", ownScript.Replace(File.ReadAllText(file), ""));
        Assert.True(site.FileContains("guides/evil/index.html", "Evil &lt;script&gt;"));
    }
}
