using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Guidance.Diagnostics;
using Guidance.Edition;
using Guidance.Load;
using Guidance.Markdown;
using Guidance.Model;
using Guidance.Tests.Support;
using Markdig.Syntax;

namespace Guidance.Tests.Shipped;

/// <summary>
/// The partnership edition of the shipped content (issue 7): it publishes the neglect strategy and the
/// pages it needs, reads as the partnership's, and holds no byte of any internal page.
/// </summary>
public class ShippedPartnershipEditionTests
{
    [Fact]
    public void The_partnership_edition_holds_no_title_address_or_text_of_any_internal_page()
    {
        using var editions = new ShippedEditions();
        var run = editions.Build("--profile", "partnership", "--out", editions.Out("partnership"));
        Assert.True(run.ExitCode == 0, run.Stderr);

        var site = SiteLoader.Load(Repo.Content, new DiagnosticBag());
        var scope = new ProfileScope(site, Editions.Profile(site.Settings.Profiles, "partnership"));
        var internalPages = site.Pages.Where(p => !scope.Includes(p)).ToList();
        Assert.True(internalPages.Count >= 30, $"only {internalPages.Count} pages are left out of the partnership edition");

        // Every byte of every output file, raw and with HTML entities decoded (titles are escaped in markup).
        var files = Directory.EnumerateFiles(editions.Out("partnership"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var raw = string.Join("\n", files.Select(f => Encoding.UTF8.GetString(File.ReadAllBytes(f))));
        var output = raw + "\n" + WebUtility.HtmlDecode(raw);

        // The edition's own sources: words its pages write themselves (the strategy names the
        // Children's Improvement Board in its prose) are not a leak of the page with that title.
        var ownWords = string.Join("\n", site.Pages.Where(scope.Includes).Select(p => File.ReadAllText(Path.Combine(Repo.Content, p.RelativePath)))
            .Concat(new[] { "site.yml", "leads.yml", "glossary.yml" }.Select(f => File.ReadAllText(Path.Combine(Repo.Content, f)))));

        var checkedNeedles = 0;
        var leaks = new List<string>();
        foreach (var page in internalPages)
        {
            foreach (var needle in Needles(page))
            {
                if (ownWords.Contains(needle, StringComparison.Ordinal)) continue;
                checkedNeedles++;
                if (output.Contains(needle, StringComparison.Ordinal)) leaks.Add($"{page.Id.Value}: '{needle}'");
            }
        }
        Assert.Empty(leaks);
        Assert.True(checkedNeedles >= internalPages.Count * 4, $"only {checkedNeedles} strings were looked for");
    }

    [Fact]
    public void The_partnership_edition_publishes_the_neglect_strategy_and_the_pages_it_needs_under_the_partnerships_own_home_page()
    {
        using var editions = new ShippedEditions();
        var run = editions.Build("--profile", "partnership", "--out", editions.Out("partnership"));
        Assert.True(run.ExitCode == 0, run.Stderr);
        string Read(string path) => File.ReadAllText(Path.Combine(editions.Out("partnership"), path));

        foreach (var page in new[] { "strategies/neglect-strategy", "continuum/continuum-of-needs", "guides/gcp2-guide", "guides/step-up-step-down-guide", "panels/neglect-task-and-finish-group" })
            Assert.True(File.Exists(Path.Combine(editions.Out("partnership"), page, "index.html")), page);
        Assert.Contains("<h1>Partnership neglect strategy</h1>", Read("strategies/neglect-strategy/index.html"));

        var home = Read("index.html");
        Assert.Contains("<h1>Barking and Dagenham Safeguarding Children Partnership</h1>", home);
        Assert.Contains("for everyone who works with children and families in the borough", home);
        Assert.Contains("<title>Barking and Dagenham Safeguarding Children Partnership</title>", home);
        Assert.DoesNotContain("practice guidance for everyone who works in Barking and Dagenham Children", home);
        Assert.False(File.Exists(Path.Combine(editions.Out("partnership"), "partnership-home", "index.html")));

        // The glossary holds the terms the edition's pages use, not the council's whole vocabulary.
        var glossary = Read("glossary/index.html");
        Assert.Contains("id=\"term-gcp2\"", glossary);
        Assert.Contains("id=\"term-bdscp\"", glossary);
        Assert.DoesNotContain("id=\"term-tclpm\"", glossary);
        Assert.DoesNotContain("id=\"term-dols\"", glossary);
    }

    [Fact]
    public void All_profiles_builds_each_edition_into_its_own_folder_and_the_staff_edition_keeps_its_own_home()
    {
        using var editions = new ShippedEditions();
        var run = editions.Build("--all-profiles", "--out", editions.Out("all"));
        Assert.True(run.ExitCode == 0, run.Stderr);

        var staffHome = File.ReadAllText(Path.Combine(editions.Out("all"), "internal", "index.html"));
        Assert.Contains("<h1>Children&#39;s practice guidance</h1>", staffHome);
        Assert.True(File.Exists(Path.Combine(editions.Out("all"), "internal", "standards", "supervision", "index.html")));
        Assert.False(File.Exists(Path.Combine(editions.Out("all"), "internal", "partnership-home", "index.html")));
        Assert.True(File.Exists(Path.Combine(editions.Out("all"), "partnership", "strategies", "neglect-strategy", "index.html")));
        Assert.False(File.Exists(Path.Combine(editions.Out("all"), "partnership", "standards", "supervision", "index.html")));
    }

    /// <summary>What would give an internal page away: its title, addresses, file, summary and a run of its own prose.</summary>
    private static IEnumerable<string> Needles(Page page)
    {
        yield return page.Title;
        if (!page.IsHome) yield return "/" + page.UrlPath;
        yield return SitePaths.Permanent(page.Id.Value);
        yield return page.RelativePath;
        if (page.Meta.Summary is { } summary) yield return summary.Value;
        if (Prose(page) is { } prose) yield return prose;
    }

    /// <summary>The longest run of plain lower-case words in the page's paragraphs: text no markup or glossary mark-up splits.</summary>
    private static string? Prose(Page page) =>
        MarkdownPipelines.Parse(page.BodyText).Descendants<ParagraphBlock>()
            .Select(p => PlainText.Of(p.Inline))
            .SelectMany(text => Regex.Matches(text, @"[a-z]+(?: [a-z]+){5,}").Select(m => m.Value))
            .OrderByDescending(run => run.Length).ThenBy(run => run, StringComparer.Ordinal)
            .FirstOrDefault();
}
