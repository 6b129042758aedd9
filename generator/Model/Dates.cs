using System.Globalization;

namespace Guidance.Model;

/// <summary>The date forms the contract allows, parsed strictly so "2024-02-30" is refused.</summary>
public static class Dates
{
    public static DateOnly? ParseDay(string? text) =>
        text is not null && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;

    /// <summary>A <c>YYYY-MM</c> month, as the first day of that month.</summary>
    public static DateOnly? ParseMonth(string? text) =>
        text is not null && DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;

    public static string Display(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string MonthYear(DateOnly date) => date.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
