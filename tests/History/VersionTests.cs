using System.Diagnostics;
using Guidance.Tests.Support;
using LibGit2Sharp;

namespace Guidance.Tests.History;

/// <summary>
/// Versions from the content folder's git history, on a repository made in the test: three commits
/// edit the supervision standard (two on one day) and the last moves one page and renames another
/// (a new id, with aliases). Each version has its own address holding that commit's text; the
/// current page lists them with what changed; citations name the version's address.
/// </summary>
public class VersionTests
{
    private const string Original = "Every social worker is supervised at least every 4 weeks.";
    private const string Edited = "Every social worker is supervised at least every 3 weeks.";
    private const string EditedAgain = "Every social worker is supervised at least every 2 weeks, and newly qualified workers weekly.";
    private const string Url = "https://intranet.example.org";

    /// <summary>The history every test starts from: 10 January (the first), 1 February twice.</summary>
    private static GitFixture History()
    {
        var git = GitFixture.From();
        git.Site.Write("site.yml", $"title: Test practice guidance\norganisation: Test Borough Children's Services\nbase_path: /guidance/\nsite_url: {Url}\n");
        git.Commit("First published", "2024-01-10");
        git.Edit("standards/supervision.md", Original, Edited);
        git.Commit("Supervision every three weeks", "2024-02-01");
        git.Edit("standards/supervision.md", Edited, EditedAgain)
            .Edit("standards/supervision.md", "reviewed: 2024-02-01\n", "reviewed: 2024-02-01\nchanges:\n  - date: 2024-02-01\n    summary: Fortnightly supervision; weekly for newly qualified workers.\n")
            // A page moved to another file, keeping its id...
            .Move("guides/management-oversight-guide.md", "guides/oversight/oversight-in-one-minute.md")
            .Edit("guides/oversight/oversight-in-one-minute.md", "---\ntitle:", "---\nid: management-oversight-guide\ntitle:")
            .Edit("guides/oversight/oversight-in-one-minute.md", "../standards/supervision.md", "../../standards/supervision.md")
            .Edit("standards/supervision.md", "../guides/management-oversight-guide.md", "../guides/oversight/oversight-in-one-minute.md")
            // ... and one renamed, its old addresses kept as aliases.
            .Move("strategies/neglect-strategy.md", "strategies/partnership-neglect-strategy.md")
            .Edit("strategies/partnership-neglect-strategy.md", "---\n", "---\naliases: [/strategies/neglect-strategy/, /id/neglect-strategy/]\n");
        git.Commit("Fortnightly supervision; guides reorganised", "2024-02-01");
        return git;
    }

    [Fact]
    public void Each_version_has_its_own_address_holding_that_commits_text_with_the_changes_and_a_citation_naming_it()
    {
        using var git = History();
        var run = git.Site.Build("2024-06-01");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.DoesNotContain(run.Diagnostics, d => d.Contains("GV16", StringComparison.Ordinal) && !d.Contains("GV160", StringComparison.Ordinal));
        var site = git.Site;

        var first = site.ReadOutput("standards/supervision/v/2024-01-10/index.html");
        var second = site.ReadOutput("standards/supervision/v/2024-02-01/index.html");
        var third = site.ReadOutput("standards/supervision/v/2024-02-01-2/index.html");
        Assert.Contains(Original, first);
        Assert.DoesNotContain(Edited, first);
        Assert.Contains(Edited, second);
        Assert.Contains("every 2 weeks, and newly qualified workers weekly.", third);
        Assert.Contains("<strong>This is an old version</strong>, of 10 January 2024", first);
        Assert.Contains("Current version: <a href=\"/guidance/standards/supervision/\">Supervision and management oversight</a>", first);
        Assert.Contains("<strong>This is the current version</strong>, of 1 February 2024", third);
        // Out of search engines' indexes.
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", first);

        // The current page: its Changes, newest first, with the author's note or the commit message, and the diff.
        var page = site.ReadOutput("standards/supervision/index.html");
        var changes = page[page.IndexOf("<h2 id=\"history-title\">Changes</h2>", StringComparison.Ordinal)..];
        var order = new[] { "v/2024-02-01-2/", "v/2024-02-01/", "v/2024-01-10/" }.Select(v => changes.IndexOf("/guidance/standards/supervision/" + v, StringComparison.Ordinal)).ToList();
        Assert.All(order, i => Assert.True(i > 0));
        Assert.Equal(order.Order(), order);
        Assert.Contains("(current version): Fortnightly supervision; weekly for newly qualified workers.", changes);
        Assert.Contains(": Supervision every three weeks</p>", changes);
        Assert.Contains("<del><span class=\"visually-hidden\">deleted: </span>4</del> <ins><span class=\"visually-hidden\">inserted: </span>3</ins>", changes);
        Assert.Matches("<del><span class=\"visually-hidden\">deleted: </span>3</del> <ins><span class=\"visually-hidden\">inserted: </span>2[^<]*newly qualified workers", changes);

        // The citation names the version's own full address; a version's page cites itself.
        Assert.Contains($"Supervision and management oversight, <span class=\"cite-section\">whole page</span> — Test Borough Children&#39;s Services, version of 1 February 2024, <span class=\"cite-url\">{Url}/guidance/standards/supervision/v/2024-02-01-2/</span>", page);
        Assert.Contains($"data-cite-version-url=\"{Url}/guidance/standards/supervision/v/2024-02-01-2/\"", page);
        Assert.Contains($"version of 10 January 2024, <span class=\"cite-url\">{Url}/guidance/standards/supervision/v/2024-01-10/</span>", first);

        // Left out of the sitemap and the search index.
        Assert.DoesNotContain("/v/", site.ReadOutput("sitemap.xml"));
        var search = Directory.EnumerateFiles(Path.Combine(site.Output, "search"), "*", SearchOption.AllDirectories).Select(File.ReadAllText);
        Assert.DoesNotContain(search, text => text.Contains("/v/2024", StringComparison.Ordinal));

        // What's new and the feed come from the same history.
        Assert.Contains("Fortnightly supervision; weekly for newly qualified workers.", site.ReadOutput("whats-new/index.html"));
        Assert.Contains($"{Url}/guidance/standards/supervision/v/2024-02-01-2/", site.ReadOutput("feed.xml"));
    }

    [Fact]
    public void A_moved_page_and_a_renamed_one_keep_their_history()
    {
        using var git = History();
        Assert.Equal(0, git.Site.Build("2024-06-01").ExitCode);
        var site = git.Site;

        // Moved to another file, same id: its address and history are the page's.
        var guide = site.ReadOutput("guides/management-oversight-guide/index.html");
        Assert.Contains("/guidance/guides/management-oversight-guide/v/2024-01-10/", guide);
        Assert.Contains("Management oversight in one minute", site.ReadOutput("guides/management-oversight-guide/v/2024-01-10/index.html"));

        // Renamed to a new id: the aliases name the page its old versions belong to.
        var strategy = site.ReadOutput("strategies/partnership-neglect-strategy/index.html");
        Assert.Contains("/guidance/strategies/partnership-neglect-strategy/v/2024-01-10/", strategy);
        Assert.Contains("/guidance/strategies/partnership-neglect-strategy/v/2024-02-01/", strategy);
        Assert.True(site.FileExists("strategies/partnership-neglect-strategy/v/2024-01-10/index.html"));
        // Its first version links, as it did then, to the address its old self had: still served (an alias).
        Assert.True(site.FileExists("strategies/neglect-strategy/index.html"));
        // And a version cited at the old address (before the rename) still leads to that version.
        Assert.Contains("url=/guidance/strategies/partnership-neglect-strategy/v/2024-01-10/", site.ReadOutput("strategies/neglect-strategy/v/2024-01-10/index.html"));
        Assert.True(site.FileExists("id/neglect-strategy/v/2024-01-10/index.html"));
    }

    [Fact]
    public void A_rebuild_renders_no_version_again_and_gives_the_same_bytes()
    {
        using var git = History();
        Assert.Equal(0, git.Site.Build("2024-06-01").ExitCode);
        var before = TempSite.Snapshot(git.Site.Output);
        var cache = Path.Combine(git.Site.Root, ".output.versions");
        var cached = Directory.GetFiles(cache).Order(StringComparer.Ordinal).ToList();
        var versionPages = before.Count(f => System.Text.Encoding.UTF8.GetString(f.Value).Contains("class=\"version-banner\"", StringComparison.Ordinal));
        Assert.Equal(versionPages, cached.Count(f => f.EndsWith(".html", StringComparison.Ordinal)));
        // And the history read, for a rebuild from the same commit.
        Assert.Single(cached, f => f.EndsWith(".json", StringComparison.Ordinal));
        var times = cached.Select(File.GetLastWriteTimeUtc).ToList();

        Assert.Equal(0, git.Site.Build("2024-06-01").ExitCode);
        Assert.Equal(before, TempSite.Snapshot(git.Site.Output));
        // Taken from the cache, not rendered and stored again.
        Assert.Equal(times, Directory.GetFiles(cache).Order(StringComparer.Ordinal).Select(File.GetLastWriteTimeUtc).ToList());

        // A fresh build with no cache makes the same bytes.
        foreach (var file in Directory.GetFiles(cache)) File.Delete(file);
        Assert.Equal(0, git.Site.Build("2024-06-01").ExitCode);
        Assert.Equal(before, TempSite.Snapshot(git.Site.Output));
    }

    [Fact]
    public void A_build_after_a_new_commit_reads_only_that_commit_and_gives_what_a_fresh_build_gives()
    {
        using var git = History();
        Assert.Equal(0, git.Site.Build("2024-06-01").ExitCode);
        git.Edit("standards/supervision.md", EditedAgain, "Supervised every week.");
        git.Commit("Weekly supervision", "2024-03-01");

        var resumed = git.Site.Build("2024-06-01");
        Assert.True(resumed.ExitCode == 0, resumed.Stderr);
        var after = TempSite.Snapshot(git.Site.Output);
        Assert.Contains("Supervised every week.", System.Text.Encoding.UTF8.GetString(after["standards/supervision/v/2024-03-01/index.html"]));
        Assert.Contains("(current version): Weekly supervision</p>", System.Text.Encoding.UTF8.GetString(after["standards/supervision/index.html"]));

        foreach (var file in Directory.GetFiles(Path.Combine(git.Site.Root, ".output.versions"))) File.Delete(file);
        var fresh = git.Site.Build("2024-06-01");
        Assert.Equal(resumed.Diagnostics, fresh.Diagnostics);
        Assert.Equal(after, TempSite.Snapshot(git.Site.Output));
    }

    [Fact]
    public void A_plans_changes_show_what_changed_in_its_actions_not_only_its_introduction()
    {
        // The board reads the plan's Changes to see what moved since it last met: an action's status.
        using var git = GitFixture.From();
        git.Commit("First published", "2024-01-10");
        git.Edit("plans/improvement-plan.md", "        status: on-track", "        status: at-risk");
        git.Commit("Action 1.2 at risk", "2024-02-01");

        var run = git.Site.Build("2024-06-01");
        Assert.Equal(0, run.ExitCode);
        var plan = git.Site.ReadOutput("plans/improvement-plan/index.html");
        Assert.Contains("id=\"history-title\">Changes</h2>", plan);
        Assert.Contains("plans/improvement-plan/v/2024-02-01/", plan);
        var action = plan[plan.IndexOf("Action 1.2:", StringComparison.Ordinal)..];
        action = action[..action.IndexOf("</p>", StringComparison.Ordinal)];
        Assert.Contains("Status: <del><span class=\"visually-hidden\">deleted: </span>On</del> <ins><span class=\"visually-hidden\">inserted: </span>At</ins>", action);
        Assert.Contains("<ins><span class=\"visually-hidden\">inserted: </span>risk.</ins>", action);
        Assert.True(git.Site.FileExists("plans/improvement-plan/v/2024-01-10/index.html"));
    }

    [Fact]
    public void A_commit_whose_content_has_errors_publishes_no_version_and_is_named_in_a_warning()
    {
        using var git = GitFixture.From();
        git.Commit("First published", "2024-01-10");
        git.Edit("standards/supervision.md", Original, "Every social worker is supervised, see [the policy](no-such-page.md).");
        var broken = git.Commit("Broken link", "2024-02-01");
        git.Edit("standards/supervision.md", "Every social worker is supervised, see [the policy](no-such-page.md).", Edited);
        git.Commit("Fixed", "2024-03-01");

        var run = git.Site.Build("2024-06-01");
        Assert.Equal(0, run.ExitCode);
        var warning = Assert.Single(run.Diagnostics, d => d.Contains("warning GV161", StringComparison.Ordinal));
        Assert.Contains($"commit {broken.Sha[..7]} (2024-02-01, \"Broken link\") is not published as a version", warning);
        Assert.Contains("error GV021", warning);
        Assert.False(git.Site.FileExists("standards/supervision/v/2024-02-01/index.html"));
        Assert.True(git.Site.FileExists("standards/supervision/v/2024-01-10/index.html"));
        Assert.Contains(Edited, git.Site.ReadOutput("standards/supervision/v/2024-03-01/index.html"));
        // A rebuild, its history read from the cache, says the same.
        Assert.Equal(run.Diagnostics, git.Site.Build("2024-06-01").Diagnostics);
    }

    [Fact]
    public void Uncommitted_changes_are_the_current_version_and_the_build_says_so()
    {
        using var git = History();
        git.Edit("standards/supervision.md", EditedAgain, "Supervised every week.");

        var run = git.Site.Build("2024-06-01");
        Assert.Equal(0, run.ExitCode);
        var warning = Assert.Single(run.Diagnostics, d => d.Contains("warning GV162", StringComparison.Ordinal));
        Assert.Contains("1 uncommitted change (first: content/standards/supervision.md)", warning);
        var page = git.Site.ReadOutput("standards/supervision/index.html");
        Assert.Contains("Supervised every week.", page);
        // No version holds the working copy: the citation names the page, and the last commit's version is an old one.
        Assert.Contains($"<span class=\"cite-url\">{Url}/guidance/standards/supervision/</span>", page);
        Assert.Contains("<strong>This is an old version</strong>", git.Site.ReadOutput("standards/supervision/v/2024-02-01-2/index.html"));
    }

    [Fact]
    public void A_detached_head_publishes_the_versions_up_to_its_commit()
    {
        using var git = History();
        var second = git.Repo.Head.Tip.Parents.First();
        Commands.Checkout(git.Repo, second, new CheckoutOptions { CheckoutModifiers = CheckoutModifiers.Force });
        Assert.True(git.Repo.Info.IsHeadDetached);

        var run = git.Site.Build("2024-06-01");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.True(git.Site.FileExists("standards/supervision/v/2024-02-01/index.html"));
        Assert.False(git.Site.FileExists("standards/supervision/v/2024-02-01-2/index.html"));
        Assert.Contains("<strong>This is the current version</strong>", git.Site.ReadOutput("standards/supervision/v/2024-02-01/index.html"));
    }

    [Fact]
    public void Versions_tags_publishes_only_tagged_commits()
    {
        using var git = GitFixture.From();
        git.Site.Write("site.yml", "title: Test practice guidance\nbase_path: /guidance/\nversions: tags\n");
        var first = git.Commit("First published", "2024-01-10");
        git.Repo.Tags.Add("v1", first);
        git.Edit("standards/supervision.md", Original, Edited);
        git.Commit("Draft", "2024-02-01");
        git.Edit("standards/supervision.md", Edited, EditedAgain);
        git.Repo.Tags.Add("v2", git.Commit("Published", "2024-03-01"));

        var run = git.Site.Build("2024-06-01");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.DoesNotContain(run.Diagnostics, d => d.Contains("GV101", StringComparison.Ordinal));
        Assert.True(git.Site.FileExists("standards/supervision/v/2024-01-10/index.html"));
        Assert.False(git.Site.FileExists("standards/supervision/v/2024-02-01/index.html"));
        Assert.True(git.Site.FileExists("standards/supervision/v/2024-03-01/index.html"));
    }

    [Fact]
    public void A_bad_versions_value_is_an_error_at_its_place()
    {
        using var site = TempSite.From().Write("site.yml", "title: Test practice guidance\nversions: releases\n");
        var run = site.Check();
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Diagnostics, d => d.Contains("site.yml:2:11: error GV004: versions is 'releases'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_shallow_clone_publishes_what_it_holds_and_says_what_is_missing()
    {
        using var git = History();
        var clone = Path.Combine(Path.GetTempPath(), "guidance-shallow-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            // The test makes its shallow clone with git itself; the build reads it with LibGit2Sharp.
            var process = Process.Start(new ProcessStartInfo("git", ["clone", "--quiet", "--depth", "1", "file://" + git.Site.Root, clone])
            { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);

            var run = TempSite.Run(["build", "--content", Path.Combine(clone, "content"), "--out", Path.Combine(clone, "output"), "--date", "2024-06-01"]);
            Assert.True(run.ExitCode == 0, run.Stderr);
            Assert.Single(run.Diagnostics, d => d.Contains("warning GV163", StringComparison.Ordinal));
            // The one commit held is the day's second: without the first, it could only be misnumbered, so it is not published.
            Assert.False(Directory.Exists(Path.Combine(clone, "output", "standards/supervision/v")));
            Assert.Contains("<span class=\"cite-url\">https://intranet.example.org/guidance/standards/supervision/</span>",
                File.ReadAllText(Path.Combine(clone, "output", "standards/supervision/index.html")));
        }
        finally
        {
            try { Directory.Delete(clone, recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public void A_commit_message_or_a_changed_text_cannot_inject_script()
    {
        using var git = GitFixture.From();
        git.Commit("First published", "2024-01-10");
        git.Edit("standards/supervision.md", Original, "Every social worker is supervised: see `<script>alert(2)</script>` and <b>this</b>.");
        git.Commit("<script>alert(1)</script> <img src=x onerror=alert(3)>", "2024-02-01");

        var run = git.Site.Build("2024-06-01");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var page = git.Site.ReadOutput("standards/supervision/index.html");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(3)&gt;", page);
        Assert.Contains("&lt;script&gt;alert(2)&lt;/script&gt;", page);
        foreach (var file in Directory.EnumerateFiles(git.Site.Output, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("onerror=alert", html.Replace("&lt;img src=x onerror=alert(3)&gt;", ""));
        }
    }

    [Fact]
    public void A_repository_with_no_commit_yet_builds_as_a_folder_without_history()
    {
        using var site = TempSite.From();
        Repository.Init(site.Root);
        var run = site.Build();
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "standards/supervision/v")));
        Assert.DoesNotContain(run.Diagnostics, d => d.Contains("GV16", StringComparison.Ordinal) && !d.Contains("GV160", StringComparison.Ordinal));
    }
}
