using Guidance.Model;

namespace Guidance.Cli;

/// <summary>Prints diagnostics one per line, then a one-line summary.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter stderr)
    {
        foreach (var d in diagnostics) stderr.WriteLine(d.ToString());
    }

    public static string Count(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        return $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}";
    }
}
