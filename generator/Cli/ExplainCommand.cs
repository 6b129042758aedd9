using System.CommandLine;
using Guidance.Diagnostics;
using Guidance.Validate;

namespace Guidance.Cli;

/// <summary><c>guidance explain GV032</c>: a rule's full text, what it means, an example and the fix.</summary>
internal static class ExplainCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var code = new Argument<string>("CODE") { Description = "A diagnostic code as printed, e.g. GV032 (see 'guidance rules' for them all)." };
        var command = new Command("explain", "Explain a diagnostic code: what it means, an example, and how to fix it.") { code };
        command.SetAction(parse =>
        {
            var asked = parse.GetValue(code)!.Trim().ToUpperInvariant();
            var rule = Codes.Find(asked);
            if (rule is null || Codes.Explanation(rule.Code) is not { } text)
            {
                var codes = Codes.All.Select(r => r.Code).Append(Codes.Layout.Code).Order(StringComparer.Ordinal);
                stderr.WriteLine($"guidance: '{parse.GetValue(code)}' is not a diagnostic code; the codes are {string.Join(", ", codes)}");
                return ExitCodes.Usage;
            }
            stdout.WriteLine($"{rule.Code} ({rule.Severity.ToString().ToLowerInvariant()}): {rule.Description}");
            stdout.WriteLine();
            stdout.Write(text);
            return ExitCodes.Built;
        });
        return command;
    }
}
