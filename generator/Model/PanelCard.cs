namespace Guidance.Model;

/// <summary>A panel's terms-of-reference card.</summary>
public sealed record PanelCard(
    Located<string>? Chair,
    Located<string>? Frequency,
    IReadOnlyList<Located<string>> Members,
    string? Quorum,
    string? Referral,
    string? Decisions);

/// <summary>One level of the continuum of needs.</summary>
public sealed record ContinuumLevel(
    SourceLocation Location,
    Located<string>? Level,
    string? Name,
    string? Summary,
    IReadOnlyList<IndicatorGroup> Indicators,
    string? Response)
{
    /// <summary>The level's anchor on its page, <c>level-2</c>: what a threshold decision cites.</summary>
    public string Anchor => "level-" + Slug.ForAnchor(Level?.Value ?? Location.Line.ToString());

    /// <summary>The anchor of the "Levels of need" section that lists them.</summary>
    public const string ListAnchor = "levels-title";
}

/// <summary>Indicators for one domain (e.g. "parenting"); the domain is empty when indicators are a plain list.</summary>
public sealed record IndicatorGroup(string Domain, IReadOnlyList<string> Items);
