using System.CommandLine;
using Guidance.Load;

namespace Guidance.Cli;

/// <summary><c>guidance check</c>: validate only; writes nothing.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var content = CommonOptions.Content();
        var date = CommonOptions.Date();
        var command = new Command("check", "Validate the content and report every problem; writes nothing.") { content, date };
        command.SetAction(parse =>
        {
            BuildResult result;
            try
            {
                result = SiteBuild.Run(new BuildOptions(parse.GetValue(content)!, null, parse.GetValue(date)));
            }
            catch (ContentReadException ex)
            {
                stderr.WriteLine($"guidance: {ex.Message}");
                return ExitCodes.Usage;
            }
            DiagnosticPrinter.Print(result.Diagnostics, stderr);
            var summary = $"Checked '{parse.GetValue(content)}': {DiagnosticPrinter.Count(result.Diagnostics)}.";
            if (result.Succeeded) stdout.WriteLine(summary);
            else stderr.WriteLine(summary);
            return result.Succeeded ? ExitCodes.Built : ExitCodes.ContentErrors;
        });
        return command;
    }
}
