using System.Text.RegularExpressions;
using Guidance.Model;

namespace Guidance.Authoring;

/// <summary>
/// Splits a lead cell such as "Head of MASH Head of Early Help" into lead ids by finding the
/// registry's titles and aliases in it, longest first and ignoring case, so "Head of Safeguarding and
/// QA" wins over "Head of Safeguarding". Text between matches that names no lead is kept as it was written.
/// </summary>
public sealed partial class LeadSplitter
{
    private readonly List<(string Name, string Id)> _names;

    public LeadSplitter(IEnumerable<Lead> registry)
    {
        _names = registry
            .SelectMany(lead => new[] { lead.Id.Value, lead.Title }.Concat(lead.Aliases)
                .Where(n => !string.IsNullOrWhiteSpace(n))
                .Select(n => (Name: Normalise(n!), Id: lead.Id.Value)))
            .DistinctBy(n => n.Name, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(n => n.Name.Length)
            .ThenBy(n => n.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The leads named in a cell, each an id from the registry or, when unknown, the cell's own words.</summary>
    public IReadOnlyList<LeadMatch> Split(string cell)
    {
        var text = Normalise(cell);
        var result = new List<LeadMatch>();
        var unknownStart = -1;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == ' ' || !StartsWord(text, i))
            {
                i++;
                continue;
            }
            var match = _names.FirstOrDefault(n => MatchesAt(text, i, n.Name));
            if (match.Name is null)
            {
                if (unknownStart < 0) unknownStart = i;
                i++;
                continue;
            }
            FlushUnknown(text, unknownStart, i, result);
            unknownStart = -1;
            if (!result.Contains(new LeadMatch(match.Id, true))) result.Add(new LeadMatch(match.Id, true));
            i += match.Name.Length;
        }
        FlushUnknown(text, unknownStart, text.Length, result);
        return result;
    }

    private static void FlushUnknown(string text, int start, int end, List<LeadMatch> result)
    {
        if (start < 0) return;
        // "and", "&" or a comma joining two leads is not part of either.
        var words = Joiner().Replace(text[start..end], "");
        if (words.Length > 0 && !LeadPlaceholders.NamesNobody(words)) result.Add(new LeadMatch(words, false));
    }

    private static bool StartsWord(string text, int i) => i == 0 || !char.IsLetterOrDigit(text[i - 1]);

    private static bool MatchesAt(string text, int i, string name) =>
        string.Compare(text, i, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
        && (i + name.Length == text.Length || !char.IsLetterOrDigit(text[i + name.Length]));

    // Curly apostrophes and runs of spaces vary between copies of the same table.
    private static string Normalise(string text) =>
        string.Join(' ', text.Replace('\u2019', '\'').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^(?:[\s,;/&-]|\band\b)+|(?:[\s,;/&-]|\band\b)+$", RegexOptions.IgnoreCase)]
    private static partial Regex Joiner();
}

/// <summary>A lead found in a cell: a registry id (<see cref="Known"/>), or the words as written.</summary>
public sealed record LeadMatch(string Value, bool Known);
