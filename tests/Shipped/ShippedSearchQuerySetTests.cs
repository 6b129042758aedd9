using Guidance.Tests.Index;
using Guidance.Tests.Support;

namespace Guidance.Tests.Shipped;

/// <summary>
/// The shipped content built once and the real search client over its index, shared by the classes
/// of search tests (one collection): they only read the output, so one build serves them all.
/// </summary>
public sealed class ShippedSiteSearch : IDisposable
{
    public string Output { get; } = Path.Combine(Path.GetTempPath(), "guidance-search-" + Guid.NewGuid().ToString("N")[..8]);
    public SearchClient Client { get; }

    public ShippedSiteSearch()
    {
        var run = TempSite.Run(["build", "--content", Repo.Content, "--out", Output, "--date", "2024-06-01"]);
        if (run.ExitCode != 0) throw new InvalidOperationException(run.Stderr);
        Client = new SearchClient(Output);
    }

    public void Dispose()
    {
        if (Directory.Exists(Output)) Directory.Delete(Output, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class ShippedSiteSearchCollection : ICollectionFixture<ShippedSiteSearch>
{
    public const string Name = "shipped site search";
}

/// <summary>
/// The query set: what practitioners type, each with the page that must be in the top three. Queries
/// run through the real client code over the real index of the shipped site, so a change to stemming,
/// weights, chunking or the client's matching that loses a right answer fails here.
/// </summary>
[Collection(ShippedSiteSearchCollection.Name)]
public class ShippedSearchQuerySetTests(ShippedSiteSearch site)
{
    public static TheoryData<string, string> Queries => new()
    {
        // Acronyms and their expansions, both ways.
        { "TCLPM", "panels/tclpm/" },
        { "what is a tclpm", "panels/tclpm/" },
        { "threshold of care legal planning meeting", "panels/tclpm/" },
        { "GCP2", "guides/gcp2-guide/" },
        { "graded care profile", "guides/gcp2-guide/" },
        { "PLO", "standards/pre-proceedings/" },
        { "public law outline", "standards/pre-proceedings/" },
        { "DARAC", "guides/darac-guide/" },
        { "PPM", "standards/permanence-planning/" },
        { "MCOP", "panels/missing-children-panel/" },
        { "MASE meeting", "panels/mase/" },
        // Questions in plain words.
        { "how often supervision", "standards/supervision/" },
        { "how often should I visit a child in care", "standards/statutory-visits/" },
        { "when do I hold a strategy meeting", "standards/strategy-meetings/" },
        { "who chairs the child protection panel", "panels/child-protection-panel/" },
        { "what goes in a chronology", "standards/recording/" },
        // Topics and tools.
        { "neglect tool", "guides/gcp2-guide/" },
        { "domestic abuse risk assessment", "guides/darac-guide/" },
        { "police protection", "guides/police-protection-guide/" },
        { "county lines", "guides/exploitation-guide/" },
        { "child sexual abuse medical", "guides/csa-pathway-guide/" },
        { "unregistered placement", "standards/unregistered-settings/" },
        { "life story book", "standards/life-story-work/" },
        { "special guardianship", "standards/permanence-planning/" },
        { "step down to early help", "guides/step-up-step-down-guide/" },
        { "levels of need", "continuum/continuum-of-needs/" },
        { "ofsted improvement plan", "plans/improvement-plan/" },
        { "director need to know", "guides/director-need-to-know-guide/" },
        { "parental mental health hidden harm", "guides/hidden-harm-guide/" },
        { "core group", "standards/child-protection-planning/" },
        { "residential oversight", "panels/residential-oversight-meeting/" },
        { "safe and together perpetrator", "guides/safe-and-together-guide/" },
        { "neglect strategy", "strategies/neglect-strategy/" },
        // Misspellings.
        { "homless 16", "standards/homeless-16-17/" },
        { "supervison", "standards/supervision/" },
        { "permanance planning", "standards/permanence-planning/" },
        { "neglet strategy", "strategies/neglect-strategy/" },
        { "statutary visits", "standards/statutory-visits/" },
        { "exploitaion", "guides/exploitation-guide/" },
        { "pre-procedings", "standards/pre-proceedings/" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void The_expected_page_is_in_the_top_three(string query, string expected)
    {
        var answer = site.Client.Search(query);
        Assert.True(answer.Paths.Contains(expected), $"'{query}': expected {expected} in the top three, got {string.Join(", ", answer.Paths)}");
    }

    public static TheoryData<string, string> Typed => new()
    {
        // Part-typed last words, as the results update while someone types.
        { "superv", "standards/supervision/" },
        { "exploit", "guides/exploitation-guide/" },
        { "police prot", "guides/police-protection-guide/" },
        { "graded ca", "guides/gcp2-guide/" },
        { "homeless 16", "standards/homeless-16-17/" },
        { "life sto", "standards/life-story-work/" },
    };

    [Theory]
    [MemberData(nameof(Typed))]
    public void Part_typed_words_find_the_page_as_you_type(string query, string expected)
    {
        var answer = site.Client.Search(query, typing: true);
        Assert.True(answer.Paths.Contains(expected), $"'{query}' (typing): expected {expected} in the top three, got {string.Join(", ", answer.Paths)}");
    }
}

/// <summary>What a result shows, through the same client: the section it lands on, the type, highlights.</summary>
[Collection(ShippedSiteSearchCollection.Name)]
public class SearchResultTests(ShippedSiteSearch site)
{
    [Fact]
    public void A_result_lands_on_the_section_that_answers_the_question()
    {
        var top = site.Client.Search("how often supervision").Top[0];
        Assert.Equal("standards/supervision/", top.Path);
        Assert.Equal("frequency", top.Anchor);
        Assert.Equal("Frequency", top.Section);
    }

    [Fact]
    public void A_result_shows_its_type_and_an_excerpt_with_the_words_marked()
    {
        var top = site.Client.Search("neglect tool").Top.Single(t => t.Path == "guides/gcp2-guide/");
        Assert.Equal("One-minute guide", top.TypeLabel);
        Assert.Contains("<mark>tool,</mark>", top.ExcerptHtml);
    }

    [Fact]
    public void Title_hits_outrank_body_hits()
    {
        // "Permanence" is the title of three pages and appears in the body of many more.
        var top = site.Client.Search("permanence").Top;
        Assert.All(top, t => Assert.Contains("Permanence", t.Title));
    }

    [Fact]
    public void An_acronym_finds_pages_that_spell_it_out_and_the_reverse()
    {
        // The improvement plan writes "Threshold of Care Legal Planning Meeting (TCLPM)"; pre-proceedings
        // writes only "TCLPM" in places: both are found either way.
        var byAcronym = site.Client.Search("TCLPM", count: 10).Paths.ToList();
        var byExpansion = site.Client.Search("threshold of care legal planning meeting", count: 10).Paths.ToList();
        Assert.Contains("standards/pre-proceedings/", byExpansion);
        Assert.Contains("plans/improvement-plan/", byAcronym);
    }

    [Fact]
    public void A_query_of_only_common_words_or_nonsense_finds_nothing()
    {
        Assert.Equal(0, site.Client.Search("how do I").Total);
        Assert.Equal(0, site.Client.Search("zzqxv").Total);
    }

    [Fact]
    public void A_first_query_loads_the_manifest_one_chunk_per_word_and_only_the_pages_shown()
    {
        var client = new SearchClient(site.Output);
        client.Search("supervision", count: 3);
        Assert.Single(client.Fetched, f => f.Contains("manifest."));
        Assert.Equal(3, client.Fetched.Count(f => f.Contains("/pages.")));
        Assert.InRange(client.Fetched.Count(f => f.Contains("chunk.")), 1, 2);
    }
}
