namespace Guidance.Model;

/// <summary>Who a page is written for; a publishing profile chooses which audiences it includes.</summary>
public enum Audience { Internal, Partnership, Public }

/// <summary>The audiences as written in front matter and profiles.</summary>
public static class AudienceNames
{
    public static readonly string[] All = ["internal", "partnership", "public"];

    public static Audience? Parse(string? name) => name switch
    {
        "internal" => Audience.Internal,
        "partnership" => Audience.Partnership,
        "public" => Audience.Public,
        _ => null,
    };
}
