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
        Write(site.Output, OutputFile.FromText("a/index.html", "one"), OutputFile.FromText("old.html", "stale"), OutputFile.FromText("sitemap.xml", ""));
        Write(site.Output, OutputFile.FromText("a/index.html", "two"), OutputFile.FromText("sitemap.xml", ""));
        Assert.Equal("two", site.ReadOutput("a/index.html"));
        Assert.False(site.FileExists("old.html"));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.building*"));
    }

    [Fact]
    public void A_build_reusing_an_older_output_keeps_only_its_own_files_and_rewrites_only_what_changed()
    {
        using var site = TempSite.Empty();
        Write(site.Output, OutputFile.FromText("gone/index.html", "removed page"), OutputFile.FromText("same.html", "same"), OutputFile.FromText("changes.html", "v1"), OutputFile.FromText("sitemap.xml", ""));
        Write(site.Output, OutputFile.FromText("same.html", "same"), OutputFile.FromText("changes.html", "v2"), OutputFile.FromText("sitemap.xml", ""));
        var retired = Path.Combine(site.Root, ".output.previous");
        // The first build's folder, retired by the second, is the one the third build starts from.
        Assert.True(File.Exists(Path.Combine(retired, "gone", "index.html")));
        var untouched = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Path.Combine(retired, "same.html"), untouched);

        Write(site.Output, OutputFile.FromText("same.html", "same"), OutputFile.FromText("changes.html", "v3"), OutputFile.FromText("sitemap.xml", ""));

        Assert.Equal(["changes.html", "same.html", "sitemap.xml"], Directory.EnumerateFileSystemEntries(site.Output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("v3", site.ReadOutput("changes.html"));
        Assert.Equal(untouched, File.GetLastWriteTimeUtc(Path.Combine(site.Output, "same.html")));
        Assert.Equal("v2", File.ReadAllText(Path.Combine(retired, "changes.html")));
    }

    [Fact]
    public void A_record_of_each_output_folder_is_kept_beside_it_and_never_inside()
    {
        using var site = TempSite.Empty();
        Write(site.Output, OutputFile.FromText("a/index.html", "one"), OutputFile.FromText("sitemap.xml", ""));
        Write(site.Output, OutputFile.FromText("a/index.html", "two"), OutputFile.FromText("sitemap.xml", ""));

        var record = File.ReadAllLines(Path.Combine(site.Root, ".output.files"));
        Assert.Equal("guidance output record 1", record[0]);
        Assert.Equal(["a/index.html", "sitemap.xml"], record[1..].Select(l => l.Split(' ', 4)[3]));
        // Each entry holds the file's length and time as they are on disk, so the next build can trust it.
        foreach (var parts in record[1..].Select(l => l.Split(' ', 4)))
        {
            var file = new FileInfo(Path.Combine(site.Output, parts[3]));
            Assert.Equal(file.Length, long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(file.LastWriteTimeUtc.Ticks, long.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
        }
        Assert.True(File.Exists(Path.Combine(site.Root, ".output.previous.files")));
        Assert.Equal(["a", "sitemap.xml"], Directory.EnumerateFileSystemEntries(site.Output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_file_changed_by_hand_in_the_reused_folder_is_rewritten_although_the_record_says_it_is_current()
    {
        using var site = TempSite.Empty();
        Write(site.Output, OutputFile.FromText("page.html", "original"), OutputFile.FromText("sitemap.xml", ""));
        Write(site.Output, OutputFile.FromText("page.html", "original"), OutputFile.FromText("sitemap.xml", ""));
        // Same length, another time: only reading it back can tell.
        var retired = Path.Combine(site.Root, ".output.previous", "page.html");
        File.WriteAllText(retired, "tampered");
        File.SetLastWriteTimeUtc(retired, new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        Write(site.Output, OutputFile.FromText("page.html", "original"), OutputFile.FromText("sitemap.xml", ""));

        Assert.Equal("original", site.ReadOutput("page.html"));
    }

    [Fact]
    public void Folders_of_removed_pages_go_with_everything_in_them_while_folders_still_used_stay()
    {
        using var site = TempSite.Empty();
        Write(site.Output, OutputFile.FromText("guides/old/index.html", "old"), OutputFile.FromText("guides/old/deep/x.png", "x"),
            OutputFile.FromText("guides/kept/index.html", "kept"), OutputFile.FromText("sitemap.xml", ""));
        Write(site.Output, OutputFile.FromText("sitemap.xml", "2"));
        Write(site.Output, OutputFile.FromText("guides/kept/index.html", "kept"), OutputFile.FromText("sitemap.xml", "3"));

        Assert.Equal(["kept"], Directory.EnumerateDirectories(Path.Combine(site.Output, "guides")).Select(Path.GetFileName));
        Assert.Equal("kept", site.ReadOutput("guides/kept/index.html"));
    }

    [Fact]
    public void Without_its_record_the_reused_folder_is_walked_to_find_what_to_remove()
    {
        using var site = TempSite.Empty();
        Write(site.Output, OutputFile.FromText("gone/index.html", "removed"), OutputFile.FromText("same.html", "same"), OutputFile.FromText("sitemap.xml", ""));
        Write(site.Output, OutputFile.FromText("same.html", "same"), OutputFile.FromText("sitemap.xml", ""));
        File.Delete(Path.Combine(site.Root, ".output.previous.files"));
        File.WriteAllText(Path.Combine(site.Root, ".output.previous", "added-by-hand.txt"), "x");

        Write(site.Output, OutputFile.FromText("same.html", "same"), OutputFile.FromText("sitemap.xml", ""));

        Assert.Equal(["same.html", "sitemap.xml"], Directory.EnumerateFileSystemEntries(site.Output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("same", site.ReadOutput("same.html"));
    }

    [Fact]
    public void An_output_folder_named_with_a_trailing_slash_is_the_same_folder()
    {
        using var site = TempSite.Empty();
        Write(site.Output + "/", OutputFile.FromText("a.html", "one"), OutputFile.FromText("sitemap.xml", ""));
        Write(site.Output + "/", OutputFile.FromText("a.html", "two"), OutputFile.FromText("sitemap.xml", ""));

        Assert.Equal("two", site.ReadOutput("a.html"));
        Assert.True(File.Exists(Path.Combine(site.Root, ".output.files")));
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
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.building*"));
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
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.building*"));
    }

    private static void Write(string outDir, params OutputFile[] files)
    {
        using var output = StagedOutput.Begin(outDir);
        foreach (var file in files) output.Add(file);
        output.Commit();
    }
}
