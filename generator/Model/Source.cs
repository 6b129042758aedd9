namespace Guidance.Model;

/// <summary>
/// One entry of a page's <c>sources:</c> list: a document the guidance was written from (its title,
/// its date, and optionally the section relied on), shown on the page as "Based on".
/// </summary>
public sealed record Source(Located<string>? Title, Located<string>? Date, Located<string>? Section, SourceLocation Location)
{
    /// <summary>The forms a source's date may take: a day, a month or a year, as documents are dated.</summary>
    public static readonly string[] DateForms = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];

    /// <summary>The date as a reader sees it ("December 2023"), or null when it is not one of <see cref="DateForms"/>.</summary>
    public string? DisplayDate => Date?.Value is not { } text ? null
        : Dates.ParseDay(text) is { } day ? Dates.Display(day)
        : Dates.ParseMonth(text) is { } month ? Dates.MonthYear(month)
        : text.Length == 4 && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _) ? text
        : null;
}
