namespace Guidance.Model;

/// <summary>The front matter keys every page may have, each with where it was written.</summary>
public sealed class FrontMatter
{
    /// <summary>Where the front matter's first key is, for "missing field" problems.</summary>
    public required SourceLocation Start { get; init; }

    public Located<string>? Id { get; init; }
    public Located<string>? Type { get; init; }
    public Located<string>? Title { get; init; }
    public Located<string>? Summary { get; init; }
    public Located<string>? Owner { get; init; }
    public Located<string>? Audience { get; init; }
    public Located<string>? Reviewed { get; init; }
    public Located<string>? ReviewDue { get; init; }
    public IReadOnlyList<Located<string>> Tags { get; init; } = [];
    public IReadOnlyList<Located<string>> Aliases { get; init; } = [];
    public IReadOnlyList<Located<string>> Related { get; init; } = [];

    /// <summary>The page's change history (<c>changes:</c>), as written.</summary>
    public IReadOnlyList<Change> Changes { get; init; } = [];

    /// <summary>The documents the guidance was written from (<c>sources:</c>), as written.</summary>
    public IReadOnlyList<Source> Sources { get; init; } = [];

    /// <summary>The statutory guidance and sections of law the page follows (<c>legal:</c>), as written.</summary>
    public IReadOnlyList<Located<string>> Legal { get; init; } = [];

    /// <summary>Keys the contract does not know for this page's type (likely typos).</summary>
    public IReadOnlyList<Located<string>> UnknownKeys { get; init; } = [];

    /// <summary>Keys written with the wrong shape (reported when loading).</summary>
    public IReadOnlySet<string> Misshapen { get; init; } = new HashSet<string>();

    /// <summary>Every key that was written, so required-field rules can tell "missing" from "empty".</summary>
    public IReadOnlySet<string> Keys { get; init; } = new HashSet<string>();

    public Audience AudienceValue => AudienceNames.Parse(Audience?.Value) ?? Model.Audience.Internal;

    public DateOnly? ReviewedDate => Dates.ParseDay(Reviewed?.Value);
    public DateOnly? ReviewDueDate => Dates.ParseDay(ReviewDue?.Value);
}
