using System.CommandLine;
using Guidance.Diagnostics;
using Guidance.Validate;

namespace Guidance.Cli;

/// <summary><c>guidance rules</c>: lists every diagnostic code with its severity and meaning.</summary>
internal static class RulesCommand
{
    public static Command Create(TextWriter stdout)
    {
        var command = new Command("rules", "List every rule the build enforces, with its code and severity.");
        command.SetAction(_ =>
        {
            foreach (var (code, severity, description) in Codes.All)
                stdout.WriteLine($"{code}  {severity.ToString().ToLowerInvariant(),-7}  {description}");
            return ExitCodes.Built;
        });
        return command;
    }
}
