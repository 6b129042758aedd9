namespace Guidance.Bench.Corpus;

/// <summary>A page the corpus will have: known before any body is written, so bodies can link to any page and heading.</summary>
internal sealed record PlannedPage(int Index, string Type, string Id, string RelativePath, string Title, IReadOnlyList<PlannedHeading> Headings)
{
    public string Folder => RelativePath.Contains('/') ? RelativePath[..RelativePath.LastIndexOf('/')] : "";
}

/// <summary>A heading as written (with an explicit <c>{#anchor}</c> when it has one) and its anchor.</summary>
internal sealed record PlannedHeading(int Level, string Text, string Anchor, string? ExplicitAnchor = null);

/// <summary>
/// Decides every page of a corpus of N pages: how many of each type, their ids, files, titles and
/// headings. The mix is roughly a real procedures library's: mostly standards and one-minute guides,
/// some panels, strategies and plain pages, one continuum, one plan per 2,000 pages, and a home page.
/// </summary>
internal static class CorpusPlan
{
    public const int MinimumPages = 12;

    /// <summary>How many pages share one sub-folder, as a library groups its procedures into chapters.</summary>
    private const int FolderSize = 200;

    public static IReadOnlyList<PlannedPage> Make(int total, ulong seed)
    {
        if (total < MinimumPages) throw new ArgumentOutOfRangeException(nameof(total), $"a corpus needs at least {MinimumPages} pages");
        var plans = Math.Max(1, total / 2000);
        var panels = Math.Max(2, total * 8 / 100);
        var strategies = Math.Max(1, total * 4 / 100);
        var plain = Math.Max(1, total * 8 / 100);
        var guides = Math.Max(2, total * 35 / 100);
        var standards = total - 1 - 1 - plans - panels - strategies - plain - guides;

        var pages = new List<PlannedPage>(total);
        void Add(string type, int count)
        {
            for (var n = 0; n < count; n++) pages.Add(Plan(pages.Count, type, n, seed));
        }
        pages.Add(Home());
        Add("continuum", 1);
        Add("plan", plans);
        Add("panel", panels);
        Add("strategy", strategies);
        Add("page", plain);
        Add("guide", guides);
        Add("standard", standards);
        return pages;
    }

    private static PlannedPage Home() =>
        new(0, "page", "index", "index.md", "Children's social care practice guidance",
            [new(2, "Start here", "start-here"), new(2, "Sections", "sections")]);

    private static PlannedPage Plan(int index, string type, int n, ulong seed)
    {
        var rng = Rng.For(seed, 1, index);
        var topic = rng.Pick(Words.Topics);
        var (title, slug) = type switch
        {
            "standard" => ($"{topic} for {rng.Pick(Words.Audiences)}", $"standard-{n + 1:00000}"),
            "guide" => ($"{topic} in one minute", $"guide-{n + 1:00000}"),
            "panel" => ($"{topic} panel {n + 1}", $"panel-{n + 1:0000}"),
            "continuum" => ("Continuum of needs", "continuum-of-needs"),
            "plan" => ($"Improvement plan {2023 + n}", $"improvement-plan-{n + 1:00}"),
            "strategy" => ($"{topic} strategy", $"strategy-{n + 1:0000}"),
            _ => ($"{topic}: procedure {n + 1}", $"procedure-{n + 1:00000}"),
        };
        var id = $"{slug}-{Slugify(topic)}";
        var folder = type switch
        {
            "standard" => $"standards/chapter-{n / FolderSize + 1:000}",
            "guide" => $"guides/chapter-{n / FolderSize + 1:000}",
            "panel" => "panels",
            "continuum" => "continuum",
            "plan" => "plans",
            "strategy" => "strategies",
            _ => $"procedures/part-{n / FolderSize + 1:000}",
        };

        var headings = new List<PlannedHeading>();
        foreach (var text in Words.HouseHeadings[type]) headings.Add(new(2, text, Anchor(text)));
        foreach (var text in rng.PickDistinct(Words.ExtraHeadings, rng.Between(1, 3)))
        {
            // One heading in five keeps an old anchor, as authors do after rewording a heading.
            headings.Add(rng.Chance(20)
                ? new(2, text, $"old-{Anchor(text)}", $"old-{Anchor(text)}")
                : new(2, text, Anchor(text)));
        }
        var steps = rng.Between(0, 3);
        for (var step = 1; step <= steps; step++) headings.Add(new(3, $"Step {step}", $"step-{step}"));
        return new PlannedPage(index, type, id, $"{folder}/{id}.md", title, headings);
    }

    /// <summary>GitHub's heading-anchor rule: lower case, spaces to hyphens, punctuation dropped.</summary>
    public static string Anchor(string heading) =>
        new(heading.Trim().ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is '-' or '_' or ' ').Select(c => c == ' ' ? '-' : c).ToArray());

    /// <summary>An id-safe form of a topic: <c>[a-z0-9-]+</c>.</summary>
    public static string Slugify(string text) =>
        string.Join('-', new string(text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
