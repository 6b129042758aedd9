using Guidance.Tests.Support;

namespace Guidance.Tests.EndToEnd;

/// <summary>
/// Hostile and careless input, planted in a fixture site made for each test. Whatever the input,
/// every case asserts the same four things: the diagnostic and where it points, the exit code, that
/// no file outside the output folder changed (the whole folder around content and output is hashed
/// before and after), and that the previous output is byte for byte as it was. None may print a
/// stack trace.
/// </summary>
public class FaultInjectionTests
{
    private const string Standard = "standards/supervision.md";

    /// <summary>Plants an input in a built site, builds again and checks what must hold whatever the input was.</summary>
    private static CliRun BuildsRefused(TempSite site, Action<TempSite> plant, string code, string at)
    {
        Assert.Equal(0, site.Build().ExitCode);
        var output = TempSite.Snapshot(site.Output);
        plant(site);
        var around = Surroundings.Snapshot(site);

        var check = site.Check();
        var build = site.Build();

        foreach (var run in new[] { check, build })
        {
            Assert.Equal(1, run.ExitCode);
            Assert.DoesNotContain("   at ", run.Stderr);
            Assert.Contains(run.Diagnostics, d => d.Contains($"error {code}", StringComparison.Ordinal) && d.Contains(at, StringComparison.Ordinal));
        }
        Assert.Equal(output, TempSite.Snapshot(site.Output));
        Surroundings.AssertUnchanged(around, site);
        return build;
    }

    [Fact]
    public void An_alias_that_climbs_out_of_the_output_is_refused_and_its_removal_deletes_nothing_outside()
    {
        using var site = TempSite.From();
        BuildsRefused(site, s => s.Write(Standard, File.ReadAllText(Path.Combine(s.Content, Standard)).Replace("aliases: [", "aliases: [\"/../moved/\", ")),
            "GV044", $"{Standard}:10:");
        Assert.False(Directory.Exists(Path.Combine(site.Root, "moved")));

        // The reported data loss: the alias removed again, two builds accepting removals.
        site.Write(Standard, File.ReadAllText(Path.Combine(site.Content, Standard)).Replace("\"/../moved/\", ", ""));
        var around = Surroundings.Snapshot(site);
        Assert.Equal(0, site.Build("2024-06-01", "--accept-removals").ExitCode);
        Assert.Equal(0, site.Build("2024-06-01", "--accept-removals").ExitCode);
        Surroundings.AssertUnchanged(around, site);
    }

    [Theory]
    [InlineData("/..%2fmoved/", "GV044")]
    [InlineData("/moved\\\\..\\\\..\\\\x/", "GV044")]
    [InlineData("/old/nul/", "GV044")]
    [InlineData("/./here/", "GV044")]
    [InlineData("/id/tclpm/", "GV007")]
    [InlineData("/sitemap.xml", "GV045")]
    [InlineData("/404.html", "GV045")]
    [InlineData("/feed.xml", "GV045")]
    [InlineData("/assets/", "GV045")]
    [InlineData("/search/pages/1.json", "GV045")]
    public void An_alias_that_is_unsafe_or_claims_a_generated_address_is_a_located_error(string alias, string code)
    {
        using var site = TempSite.From();
        BuildsRefused(site, s => s.Write(Standard, File.ReadAllText(Path.Combine(s.Content, Standard)).Replace("aliases: [", $"aliases: [\"{alias}\", ")),
            code, $"{Standard}:10:");
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("404.html")]
    [InlineData("assets/site.css")]
    [InlineData("standards/supervision/index.html")]
    [InlineData("id/supervision/index.html")]
    [InlineData("practice/supervision-policy/index.html")]
    [InlineData("_redirects")]
    [InlineData("web.config")]
    [InlineData(".htaccess")]
    [InlineData("nginx-redirects.conf")]
    public void A_static_file_cannot_replace_a_generated_file(string name)
    {
        using var site = TempSite.From();
        BuildsRefused(site, s => s.Write("static/" + name, "<script>alert('taken over')</script>"), "GV045", $"static/{name}:1:1");
    }

    [Fact]
    public void A_link_to_a_file_outside_the_content_folder_is_refused_for_pages_and_static_files_alike()
    {
        using var site = TempSite.From();
        var run = BuildsRefused(site, s =>
        {
            Directory.CreateDirectory(s.Outside);
            File.WriteAllText(Path.Combine(s.Outside, "shadow"), "SECRET-OUTSIDE-CONTENT");
            File.WriteAllText(Path.Combine(s.Outside, "secret.md"), "---\ntitle: Secret\n---\nSECRET-OUTSIDE-CONTENT\n");
            s.Link("static/shadow", Path.Combine(s.Outside, "shadow"));
            s.Link("guides/secret.md", Path.Combine(s.Outside, "secret.md"));
            s.Link("guides/outside-folder", s.Outside);
        }, "GV042", "static/shadow:1:1");
        Assert.Contains(run.Diagnostics, d => d.Contains("guides/secret.md:1:1: error GV042", StringComparison.Ordinal));
        Assert.Contains(run.Diagnostics, d => d.Contains("guides/outside-folder:1:1: error GV042", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_out_of_the_layouts_folder_is_refused_and_what_it_points_at_never_published()
    {
        using var site = TempSite.From();
        Assert.Equal(0, site.Build().ExitCode);
        var output = TempSite.Snapshot(site.Output);
        Directory.CreateDirectory(site.Outside);
        File.WriteAllText(Path.Combine(site.Outside, "shadow"), "SECRET-OUTSIDE-CONTENT");
        var layouts = Path.Combine(site.Root, "layouts", "assets");
        Directory.CreateDirectory(layouts);
        File.CreateSymbolicLink(Path.Combine(layouts, "leak.css"), Path.Combine(site.Outside, "shadow"));

        var run = site.Build();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("layouts/assets/leak.css:1:1: error GV042", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.Equal(output, TempSite.Snapshot(site.Output));
    }

    [Fact]
    public void With_outside_links_skip_such_links_are_left_out_with_a_warning_and_never_published()
    {
        using var site = TempSite.From();
        Directory.CreateDirectory(site.Outside);
        File.WriteAllText(Path.Combine(site.Outside, "shadow"), "SECRET-OUTSIDE-CONTENT");
        site.Link("static/shadow", Path.Combine(site.Outside, "shadow"));
        site.Link("static/inside.pdf", Path.Combine(site.Content, "static", "form.pdf"));
        site.Write("site.yml", File.ReadAllText(Path.Combine(site.Content, "site.yml")) + "outside_links: skip\n");

        var run = site.Build();

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.Diagnostics, d => d.Contains("static/shadow:1:1: warning GV110", StringComparison.Ordinal));
        Assert.False(site.FileExists("shadow"));
        Assert.True(site.FileExists("inside.pdf")); // a link that stays inside is followed
        Assert.DoesNotContain(Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains("SECRET-OUTSIDE-CONTENT"));
    }

    public static TheoryData<string, string, string> CrashingPages() => new()
    {
        { "block quotes 200 deep", new string('>', 200) + " deep", "GV043" },
        { "lists 200 deep", string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', 2 * i) + "- item\n")), "GV043" },
        { "emphasis 300 deep", new string('*', 300) + "a" + new string('*', 300), "GV043" },
        { "brackets 100,000 deep", new string('[', 100_000) + "x" + new string(']', 100_000), "GV043" },
        { "HTML 10,000 deep", string.Concat(Enumerable.Repeat("<div>", 10_000)) + "x" + string.Concat(Enumerable.Repeat("</div>", 10_000)), "GV043" },
    };

    [Theory]
    [MemberData(nameof(CrashingPages))]
    public void A_page_nested_past_the_limits_is_a_diagnostic_and_the_other_pages_are_still_checked(string what, string body, string code)
    {
        Assert.NotEmpty(what);
        using var site = TempSite.From();
        var run = BuildsRefused(site, s =>
        {
            s.Write("guides/deep.md", "---\ntitle: Deep\nowner: psw\nreview_due: 2030-01-01\n---\n## Deep\n\n" + body + "\n");
            s.Write("about.md", "---\ntitle: About\n---\nSee [a page that is not there](missing.md).\n");
        }, code, "guides/deep.md:");
        Assert.Contains(run.Diagnostics, d => d.Contains("about.md:4:5: error GV021", StringComparison.Ordinal));
    }

    [Fact]
    public void Front_matter_nested_100000_deep_is_a_diagnostic_not_a_stack_overflow()
    {
        using var site = TempSite.From();
        BuildsRefused(site, s => s.Write("guides/deep.md", "---\ntitle: Deep\ntags: " + new string('[', 100_000) + "x\n---\nBody.\n"), "GV043", "guides/deep.md:3:");
    }

    [Theory]
    [InlineData("title: \"\"", "title")]
    [InlineData("title: \"   \"", "title")]
    [InlineData("owner: \"  \"", "owner")]
    public void A_blank_required_value_is_missing_in_check_as_in_build(string line, string key)
    {
        using var site = TempSite.From();
        var run = BuildsRefused(site, s => s.Write("guides/blank.md", $"---\ntitle: Blank\nowner: psw\nreview_due: 2030-01-01\n{line}\n---\n## Text\n"
            .Replace(key == "title" ? "title: Blank\n" : "owner: psw\n", "")), "GV003", "guides/blank.md:");
        Assert.Contains(run.Diagnostics, d => d.Contains(key, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<form action=\"https://evil.example.com/\"><input type=\"password\" name=\"p\"></form>", "<form>")]
    [InlineData("<img src=\"https://tracker.example.com/pixel.gif\" alt=\"\">", "src=")]
    [InlineData("<a href=\"//evil.example.com/login\">Sign in</a>", "href=")]
    [InlineData("<button type=\"submit\">Send</button>", "<button>")]
    public void Raw_html_that_would_make_a_phishing_or_tracking_page_is_refused(string html, string named)
    {
        using var site = TempSite.From();
        var run = BuildsRefused(site, s => s.Write("guides/raw.md", "---\ntitle: Raw\nowner: psw\nreview_due: 2030-01-01\n---\n## Raw\n\n" + html + "\n"), "GV025", "guides/raw.md:8:1");
        Assert.Contains(run.Diagnostics, d => d.Contains(named, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("![Logo](https://tracker.example.com/pixel.gif)", "guides/md.md:8:1")]
    [InlineData("[Sign in](//evil.example.com/login)", "guides/md.md:8:1")]
    public void A_markdown_image_from_another_host_or_a_link_without_its_scheme_is_refused(string markdown, string at)
    {
        using var site = TempSite.From();
        BuildsRefused(site, s => s.Write("guides/md.md", "---\ntitle: Md\nowner: psw\nreview_due: 2030-01-01\n---\n## Md\n\n" + markdown + "\n"), "GV046", at);
    }

    [Fact]
    public void A_host_named_in_allowed_hosts_may_be_shown()
    {
        using var site = TempSite.From();
        site.Write("site.yml", File.ReadAllText(Path.Combine(site.Content, "site.yml")) + "allowed_hosts: [assets.publishing.service.gov.uk]\n");
        site.Write("guides/md.md", "---\ntitle: Md\nowner: psw\nreview_due: 2030-01-01\n---\n## Md\n\n![Chart](https://assets.publishing.service.gov.uk/chart.png)\n\n<img src=\"https://assets.publishing.service.gov.uk/raw.png\" alt=\"Raw\">\n");
        Assert.Equal(0, site.Build().ExitCode);
        Assert.True(site.FileContains("guides/md/index.html", "https://assets.publishing.service.gov.uk/chart.png"));
        Assert.True(site.FileContains("guides/md/index.html", "https://assets.publishing.service.gov.uk/raw.png"));
    }

    [Fact]
    public void A_file_saved_as_windows_1252_is_an_error_at_the_byte_naming_the_encoding()
    {
        using var site = TempSite.From();
        var run = BuildsRefused(site, s => File.WriteAllBytes(Path.Combine(s.Content, "guides/word.md"),
            [.. "---\ntitle: Word\nowner: psw\nreview_due: 2030-01-01\n---\nThe child"u8, 0x92, .. "s plan.\n"u8]), "GV040", "guides/word.md:6:10");
        Assert.Contains("Windows-1252", run.Stderr);
    }

    [Fact]
    public void A_file_saved_as_utf16_without_a_mark_is_an_error_naming_utf16()
    {
        using var site = TempSite.From();
        var run = BuildsRefused(site, s => File.WriteAllBytes(Path.Combine(s.Content, "guides/utf16.md"),
            System.Text.Encoding.Unicode.GetBytes("---\ntitle: Wide\nowner: psw\nreview_due: 2030-01-01\n---\nText.\n")), "GV040", "guides/utf16.md:1:1");
        Assert.Contains("UTF-16", run.Stderr);
    }

    [Fact]
    public void A_control_character_is_an_error_at_its_line_and_column()
    {
        using var site = TempSite.From();
        BuildsRefused(site, s => s.Write("guides/bell.md", "---\ntitle: Bell\nowner: psw\nreview_due: 2030-01-01\n---\nRing\u0007 here\u001b.\n"), "GV041", "guides/bell.md:6:5");
    }

    [Fact]
    public void A_tab_in_front_matter_is_reported_at_the_tab()
    {
        using var site = TempSite.From();
        BuildsRefused(site, s => s.Write("guides/tab.md", "---\ntitle: Tab\nowner: psw\n\treview_due: 2030-01-01\n---\nText.\n"), "GV001", "guides/tab.md:4:1");
    }

    [Fact]
    public void An_output_folder_inside_the_content_folder_is_refused()
    {
        using var site = TempSite.From();
        var around = Surroundings.Snapshot(site);
        var run = TempSite.Run(["build", "--content", site.Content, "--out", Path.Combine(site.Content, "static", "out"), "--date", "2024-06-01"]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("lies inside", run.Stderr);
        Assert.False(Directory.Exists(Path.Combine(site.Content, "static", "out")));
        Surroundings.AssertUnchanged(around, site);
    }

    [Fact]
    public void A_staging_folder_left_by_a_killed_build_is_removed_and_a_running_builds_is_kept()
    {
        using var site = TempSite.From();
        using var running = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sleep", "60") { UseShellExecute = false })!;
        var dead = Path.Combine(site.Root, ".output.building-" + int.MaxValue);
        var live = Path.Combine(site.Root, ".output.building-" + running.Id);
        foreach (var folder in new[] { dead, live })
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "half.html"), "half-written");
        }
        try
        {
            Assert.Equal(0, site.Build().ExitCode);
            Assert.False(Directory.Exists(dead));
            Assert.True(Directory.Exists(live));
        }
        finally
        {
            running.Kill();
        }
    }
}
