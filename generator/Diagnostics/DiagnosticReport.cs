namespace Guidance.Diagnostics;

/// <summary>
/// The diagnostics as a person should read them: the error of each file that failed to load first,
/// with what follows from it folded into one line under it, then everything else in file order, and
/// a line saying what to fix first. Reading from the top leads to the cause, not to its echoes.
/// </summary>
public sealed class DiagnosticReport
{
    /// <summary>One block of the report: a diagnostic and, for a file that failed to load, the fold line of its follow-ons.</summary>
    public sealed record Entry(Diagnostic Diagnostic, string? Folded);

    private readonly IReadOnlyList<Diagnostic> _all;

    public DiagnosticReport(IReadOnlyList<Diagnostic> sorted)
    {
        _all = sorted;
        var followOns = sorted.Where(d => d.FollowsFrom is not null).ToLookup(d => d.FollowsFrom!, StringComparer.Ordinal);
        // A file's own load errors are the causes: they come first, each file's last one carrying the fold line.
        var causes = sorted.Where(d => d.FollowsFrom is null && d.Code == Codes.Malformed.Code).ToList();
        var entries = new List<Entry>();
        foreach (var group in causes.GroupBy(d => d.Location.Path, StringComparer.Ordinal))
        {
            var own = group.ToList();
            entries.AddRange(own.SkipLast(1).Select(d => new Entry(d, null)));
            entries.Add(new Entry(own[^1], FoldLine(followOns[group.Key].ToList())));
        }
        var folded = causes.Select(c => c.Location.Path).ToHashSet(StringComparer.Ordinal);
        entries.AddRange(sorted
            .Where(d => !causes.Contains(d) && (d.FollowsFrom is null || !folded.Contains(d.FollowsFrom)))
            .Select(d => new Entry(d, null)));
        Entries = entries;
    }

    public IReadOnlyList<Entry> Entries { get; }

    /// <summary>The report's lines: each diagnostic, and under a file that failed to load the count of what follows from it.</summary>
    public IEnumerable<string> Lines() =>
        Entries.SelectMany(e => e.Folded is null ? [e.Diagnostic.ToString()] : new[] { e.Diagnostic.ToString(), e.Folded });

    /// <summary>"Fix content/x.md:5:1 first: the page did not load, and 25 ... follow from that; 'guidance explain GV001' says how.", or null with no error.</summary>
    public string? FixFirst()
    {
        if (Entries.FirstOrDefault(e => e.Diagnostic.IsError) is not { } first) return null;
        var followers = _all.Count(d => d.FollowsFrom == first.Diagnostic.Location.Path);
        var why = followers > 0
            ? $": the file did not load, and {followers} of the other problems follow from that"
            : "";
        return $"Fix {first.Diagnostic.Location} first{why}; 'guidance explain {first.Diagnostic.Code}' says how.";
    }

    private static string? FoldLine(List<Diagnostic> followOns)
    {
        if (followOns.Count == 0) return null;
        var codes = string.Join(", ", followOns.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal));
        return $"  and {followOns.Count} more that follow from it ({codes}); they go when it loads";
    }
}
