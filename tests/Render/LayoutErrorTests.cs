using Guidance.Tests.Support;

namespace Guidance.Tests.Render;

/// <summary>A broken site layout is reported at its place with exit code 2, and the output is kept.</summary>
public class LayoutErrorTests
{
    [Theory]
    [InlineData("{{ if }", "parse error")]
    [InlineData("{{ page.title | no_such_function }}", "runtime error")]
    [InlineData("{{ include 'partials/no-such-partial.html' }}", "missing partial")]
    [InlineData("<p>{{ include 'standard.html' }}</p>", "a layout that includes itself")]
    [InlineData("{{ asset_url 'nope.js' }}", "an asset that does not exist")]
    public void A_broken_layout_override_exits_2_with_its_location_and_no_stack_trace(string layout, string kind)
    {
        using var site = TempSite.From();
        var layouts = Path.Combine(site.Root, "my-layouts");
        Directory.CreateDirectory(layouts);
        File.WriteAllText(Path.Combine(layouts, "standard.html"), layout);

        var run = site.Build(extra: ["--layouts", layouts]);

        Assert.True(run.ExitCode == 2, kind + ": " + run.Stderr);
        Assert.Contains("standard.html:1:", run.Stderr);
        Assert.Contains("error GV090", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
        // In the form of every other diagnostic: path:line:col: error GV090: ..., not behind "guidance: ".
        Assert.Matches(@"^\S*standard\.html:1:\d+: error GV090: ", run.Stderr);
        Assert.False(Directory.Exists(site.Output));
    }
}
