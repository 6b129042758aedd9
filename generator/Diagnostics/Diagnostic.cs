using Guidance.Model;

namespace Guidance.Diagnostics;

/// <summary>
/// How serious a diagnostic is. Errors fail the build and warnings are printed by every run; an info is
/// a finding for a tidy-up (a glossary term no page uses), printed only when a report asks for it.
/// </summary>
public enum Severity { Error, Warning, Info }

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
