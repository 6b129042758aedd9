using Guidance.Model;

namespace Guidance.Diagnostics;

/// <summary>Collects diagnostics from every stage; safe to add to from parallel work.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();
    private readonly Lock _lock = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_lock) _items.Add(diagnostic);
    }

    /// <summary>Reports a problem under its code, at the code's own severity.</summary>
    public void Report(DiagnosticCode code, SourceLocation at, string message, string? hint = null) =>
        Add(new Diagnostic(code.Severity, code.Code, at, message, hint));

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
