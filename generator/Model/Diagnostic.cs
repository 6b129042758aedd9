namespace Guidance.Model;

/// <summary>
/// How serious a diagnostic is. Errors fail the build and warnings are printed by every run; an info is
/// a finding for a tidy-up (a glossary term no page uses), printed only when a report asks for it.
/// </summary>
public enum Severity { Error, Warning, Info }

/// <summary>Where something is in the content, as the author would type it: 1-based line and column.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    public override string ToString() => $"{Path}:{Line}:{Column}";
}

/// <summary>A value read from the content, with the place it was read from, so rules can point at it.</summary>
public sealed record Located<T>(T Value, SourceLocation Location)
{
    public override string ToString() => Value?.ToString() ?? "";
}

/// <summary>One problem found in the content: <c>path:line:col: error GV012: message hint</c>.</summary>
public sealed record Diagnostic(Severity Severity, string Code, SourceLocation Location, string Message, string? Hint = null)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>
    /// The display path of a file that failed to load when this problem is only a consequence of it
    /// (a link to that page, say): the report folds such diagnostics under the file's own error.
    /// </summary>
    public string? FollowsFrom { get; init; }

    public override string ToString()
    {
        var kind = Severity.ToString().ToLowerInvariant();
        return Hint is null
            ? $"{Location}: {kind} {Code}: {Message}"
            : $"{Location}: {kind} {Code}: {Message}. {Hint}";
    }
}

/// <summary>Collects diagnostics from every stage; safe to add to from parallel work.</summary>
public sealed class Diagnostics
{
    private readonly List<Diagnostic> _items = new();
    private readonly Lock _lock = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_lock) _items.Add(diagnostic);
    }

    public void Error(string code, SourceLocation at, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Error, code, at, message, hint));

    public void Warning(string code, SourceLocation at, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Warning, code, at, message, hint));

    public bool HasErrors
    {
        get { lock (_lock) return _items.Exists(d => d.IsError); }
    }

    /// <summary>Every diagnostic in a stable order (file, line, column, code), so output is reproducible.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_lock)
        {
            return _items
                .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .Distinct()
                .ToList();
        }
    }
}
