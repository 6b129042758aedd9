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

    /// <summary>
    /// Where the page stands against its review date on <paramref name="today"/>: the one definition the
    /// GV100 warning, the page's "review overdue" note, the Reviews due page and the report all use.
    /// </summary>
    public ReviewState ReviewStateOn(DateOnly today) =>
        ReviewDueDate is not { } due ? ReviewState.NoDate
        : due < today ? ReviewState.Overdue
        : due <= today.AddDays(ReviewStates.DueSoonDays) ? ReviewState.DueSoon
        : ReviewState.Current;

    public bool IsReviewOverdue(DateOnly today) => ReviewStateOn(today) == ReviewState.Overdue;
}

/// <summary>Where a page stands against its review date on the build date.</summary>
public enum ReviewState { Overdue, DueSoon, Current, NoDate }

public static class ReviewStates
{
    /// <summary>A review falling due within this many days of the build date is "due soon", so an owner can plan it.</summary>
    public const int DueSoonDays = 60;

    public static string Name(ReviewState state) => state switch
    {
        ReviewState.Overdue => "overdue",
        ReviewState.DueSoon => "due soon",
        ReviewState.Current => "current",
        _ => "no review date",
    };
}
