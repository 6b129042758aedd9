using Guidance.Model;

namespace Guidance.Load;

/// <summary>The front matter keys the contract defines, common and per type; others are warned about.</summary>
public static class KnownKeys
{
    public static readonly string[] Common =
        ["id", "type", "title", "summary", "owner", "audience", "reviewed", "review_due", "tags", "aliases", "related", "changes", "sources", "legal"];

    public static readonly string[] Panel = ["chair", "frequency", "members", "quorum", "referral", "decisions"];
    public static readonly string[] Continuum = ["levels"];
    public static readonly string[] Plan = ["areas"];
    public static readonly string[] Area = ["number", "title", "outcomes", "measures", "actions"];
    public static readonly string[] Action = ["id", "action", "leads", "due", "status", "outcomes", "measures", "guidance", "updates"];
    public static readonly string[] Update = ["date", "status", "note"];
    public static readonly string[] Level = ["level", "name", "summary", "indicators", "response"];

    /// <summary>Every key the contract knows anywhere, for "did you mean" hints.</summary>
    public static IReadOnlyList<string> All { get; } =
        Common.Concat(Panel).Concat(Continuum).Concat(Plan).Concat(Area).Concat(Action).Concat(Update).Concat(Level).Distinct().ToList();

    public static IEnumerable<string> For(PageType type) => type switch
    {
        PageType.Panel => Common.Concat(Panel),
        PageType.Continuum => Common.Concat(Continuum),
        PageType.Plan => Common.Concat(Plan),
        _ => Common,
    };
}
