using Guidance.Model;
using Guidance.Tests.Support;
using Guidance.Write;

namespace Guidance.Tests.Write;

public class StagedOutputTests
{
    [Fact]
    public void Replaces_the_whole_output_folder_so_stale_files_disappear()
    {
        using var site = TempSite.Empty();
        Write(site.Output, new OutputFile("a/index.html", "one"), new OutputFile("old.html", "stale"), new OutputFile("sitemap.xml", ""));
        Write(site.Output, new OutputFile("a/index.html", "two"), new OutputFile("sitemap.xml", ""));
        Assert.Equal("two", site.ReadOutput("a/index.html"));
        Assert.False(site.FileExists("old.html"));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output*"));
    }

    [Fact]
    public void Refuses_to_replace_the_content_folder_or_a_folder_it_did_not_write()
    {
        using var site = TempSite.From();
        var intoContent = TempSite.Run(["build", "--content", site.Content, "--out", site.Content, "--date", "2024-06-01"]);
        Assert.Equal(2, intoContent.ExitCode);
        Assert.Contains("refusing to write the site", intoContent.Stderr);
        var aboveContent = TempSite.Run(["build", "--content", site.Content, "--out", site.Root, "--date", "2024-06-01"]);
        Assert.Equal(2, aboveContent.ExitCode);

        var precious = Path.Combine(site.Root, "precious");
        Directory.CreateDirectory(precious);
        File.WriteAllText(Path.Combine(precious, "notes.txt"), "keep me");
        var run = TempSite.Run(["build", "--content", site.Content, "--out", precious, "--date", "2024-06-01"]);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(precious, "notes.txt")));
        Assert.True(File.Exists(Path.Combine(site.Content, "site.yml")));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_byte_for_byte()
    {
        using var site = TempSite.From();
        Assert.Equal(0, site.Build().ExitCode);
        var before = TempSite.Snapshot(site.Output);

        site.Write("guides/broken.md", "---\ntitle: Broken\nowner: nobody-at-all\nreview_due: 2026-01-01\n---\n[x](missing.md)\n");
        var run = site.Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(before, TempSite.Snapshot(site.Output));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output*"));
    }

    [Fact]
    public void The_same_content_and_date_give_byte_identical_output()
    {
        using var first = TempSite.From();
        using var second = TempSite.From();
        Assert.Equal(0, first.Build().ExitCode);
        Assert.Equal(0, second.Build().ExitCode);
        Assert.Equal(TempSite.Snapshot(first.Output), TempSite.Snapshot(second.Output));
    }

    [Fact]
    public void A_layout_failing_while_pages_are_being_written_leaves_the_previous_output_and_no_half_written_folder()
    {
        // Pages go to disk as they render; a failure part-way must still leave nothing behind.
        using var site = TempSite.From();
        Assert.Equal(0, site.Build().ExitCode);
        var before = TempSite.Snapshot(site.Output);
        var layouts = Path.Combine(site.Root, "my-layouts");
        Directory.CreateDirectory(layouts);
        File.WriteAllText(Path.Combine(layouts, "standard.html"), "{{ page.title | no_such_function }}");

        var run = site.Build(extra: ["--layouts", layouts]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(before, TempSite.Snapshot(site.Output));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output*"));
    }

    private static void Write(string outDir, params OutputFile[] files)
    {
        using var output = StagedOutput.Begin(outDir);
        foreach (var file in files) output.Add(file);
        output.Commit();
    }
}
