using System.CommandLine;

namespace Guidance.Cli;

/// <summary><c>guidance check</c>: validate only; writes nothing.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var content = CommonOptions.Content();
        var date = CommonOptions.Date();
        var command = new Command("check", "Validate the content and report every problem; writes nothing.") { content, date };
        command.SetAction(parse => PipelineRunner.Run(new BuildOptions(parse.GetValue(content)!, null, parse.GetValue(date)), stdout, stderr, "Check"));
        return command;
    }
}
