using System.Globalization;
using System.Text.RegularExpressions;
using Guidance.Model;

namespace Guidance.Authoring;

/// <summary>
/// Turns a "By when" cell into a contract due value: "December 2023" → 2023-12, "Ongoing" → ongoing.
/// A bracketed note ("September 2023 (ongoing)") is dropped from the value and returned to be reported.
/// </summary>
public static partial class DueParser
{
    private static readonly string[] MonthFormats = ["MMMM yyyy", "MMM yyyy", "MMMM yy", "MMM yy", "MM/yyyy", "M/yyyy", "yyyy-MM"];
    private static readonly string[] DayFormats = ["d MMMM yyyy", "d MMM yyyy", "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    /// <param name="Value">The due value, or null when the cell says nothing the contract can hold.</param>
    /// <param name="Note">A note that was dropped from the cell, to report.</param>
    public sealed record Result(string? Value, string? Note);

    public static Result Parse(string cell)
    {
        var text = cell.Trim();
        string? note = null;
        var bracket = BracketNote().Match(text);
        if (bracket.Success && bracket.Index > 0)
        {
            note = bracket.Groups[1].Value.Trim();
            text = text[..bracket.Index].Trim();
        }
        text = text.TrimEnd('.');
        var lower = text.ToLowerInvariant();
        if (ActionStatuses.IsValidDue(lower)) return new Result(lower, note);
        // "Sept" is how many councils write September; .NET only knows "Sep".
        var normal = Regex.Replace(text, @"\bSept\b", "Sep", RegexOptions.IgnoreCase);
        if (DateTime.TryParseExact(normal, DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var day))
            return new Result(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), note);
        if (DateTime.TryParseExact(normal, MonthFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var month))
            return new Result(month.ToString("yyyy-MM", CultureInfo.InvariantCulture), note);
        // A spreadsheet date cell arrives as its serial number (days since 1899-12-30).
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 20000 and < 80000)
            return new Result(DateTime.FromOADate(serial).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), note);
        return new Result(null, note);
    }

    [GeneratedRegex(@"\(([^)]*)\)\s*$")]
    private static partial Regex BracketNote();
}
