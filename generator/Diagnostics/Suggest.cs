namespace Guidance.Diagnostics;

/// <summary>
/// "Did you mean …?" hints: the closest known name, only when the edit is small beside the word, so a
/// typo gets its word and a word that is merely short ('x0') is not matched to another ('id').
/// </summary>
public static class Suggest
{
    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Order(StringComparer.Ordinal))
        {
            var d = Distance(value, candidate);
            if (d < bestDistance) (best, bestDistance) = (candidate, d);
        }
        return best is not null && bestDistance <= Allowed(value) ? best : null;
    }

    /// <summary>One edit in a word of three to seven letters, two in one of eight to eleven, and so on; none below three.</summary>
    private static int Allowed(string value) => value.Length < 3 ? 0 : Math.Max(1, value.Length / 4);

    public static string DidYouMean(string value, IEnumerable<string> candidates, string otherwise) =>
        Closest(value, candidates) is { } match ? $"Did you mean '{match}'?" : otherwise;

    /// <summary>
    /// Edit distance where swapping two neighbouring letters is one edit ('reveiw' to 'review'), the
    /// commonest typo (optimal string alignment), three rows at a time.
    /// </summary>
    public static int Distance(string a, string b)
    {
        var before = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    current[j] = Math.Min(current[j], before[j - 2] + 1);
            }
            (before, previous, current) = (previous, current, before);
        }
        return previous[b.Length];
    }
}
