namespace Guidance.Model;

/// <summary>A panel's terms-of-reference card.</summary>
public sealed record PanelCard(
    Located<string>? Chair,
    Located<string>? Frequency,
    IReadOnlyList<Located<string>> Members,
    string? Quorum,
    string? Referral,
    string? Decisions);
