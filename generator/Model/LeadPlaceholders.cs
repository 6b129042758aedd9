namespace Guidance.Model;

/// <summary>
/// What authors write where a lead has not been named yet, defined once for the checks, the importer
/// and <c>guidance new</c>: the words a plan table uses for "nobody yet" (TBC, TBA, N/A, none, a dash
/// or a blank), and the "To confirm" that <c>guidance new</c> writes for an owner or chair.
/// </summary>
public static class LeadPlaceholders
{
    /// <summary>What a new page says for an owner or chair nobody has named yet.</summary>
    public const string ToConfirm = "To confirm";

    private static readonly HashSet<string> Words = new(["tbc", "tba", "tbd", "n/a", "na", "none", "-", "?"], StringComparer.OrdinalIgnoreCase);

    /// <summary>A lead cell or entry that names nobody: blank, or one of the words plan tables use for that.</summary>
    public static bool NamesNobody(string value) => value.Trim().Length == 0 || Words.Contains(value.Trim());

    /// <summary>The owner or chair is still the placeholder <c>guidance new</c> wrote.</summary>
    public static bool IsToConfirm(string value) => string.Equals(value.Trim(), ToConfirm, StringComparison.OrdinalIgnoreCase);
}
