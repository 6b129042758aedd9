using System.CommandLine;

namespace Guidance.Cli;

/// <summary><c>guidance build</c>: validate, then write the site.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var content = CommonOptions.Content();
        var output = CommonOptions.Out();
        var date = CommonOptions.Date();
        var layouts = CommonOptions.Layouts();
        var timings = new Option<bool>("--timings")
        {
            Description = "After the summary, print how long each stage took (load, validate, render, index, write).",
        };
        var command = new Command("build", "Validate the content, then write the site. A failed build leaves the previous output untouched.")
        {
            content, output, date, layouts, timings,
        };
        command.SetAction(parse => PipelineRunner.Run(
            new BuildOptions(parse.GetValue(content)!, parse.GetValue(output)!, parse.GetValue(date), parse.GetValue(layouts)),
            stdout, stderr, "Build", parse.GetValue(timings)));
        return command;
    }
}
