namespace Guidance.Model;

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
