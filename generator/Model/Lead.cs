namespace Guidance.Model;

/// <summary>A named lead: a role in the registry that can own pages, chair panels and lead actions.</summary>
public sealed record Lead(
    Located<string> Id,
    string? Title,
    string? Name,
    string? Service,
    string? Email,
    IReadOnlyList<string> Aliases)
{
    public string DisplayTitle => Title ?? Id.Value;
}
