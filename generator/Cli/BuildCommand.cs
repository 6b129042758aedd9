using System.CommandLine;
using System.Diagnostics;
using Guidance.Load;
using Guidance.Render;
using Guidance.Write;

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
        var command = new Command("build", "Validate the content, then write the site. A failed build leaves the previous output untouched.")
        {
            content, output, date, layouts,
        };
        command.SetAction(parse => Run(
            new BuildOptions(parse.GetValue(content)!, parse.GetValue(output)!, parse.GetValue(date), parse.GetValue(layouts)),
            stdout, stderr));
        return command;
    }

    public static int Run(BuildOptions options, TextWriter stdout, TextWriter stderr)
    {
        var clock = Stopwatch.StartNew();
        BuildResult result;
        try
        {
            result = SiteBuild.Run(options);
        }
        catch (Exception ex) when (ex is ContentReadException or OutputException or LayoutException)
        {
            stderr.WriteLine($"guidance: {ex.Message}");
            return ExitCodes.Usage;
        }

        DiagnosticPrinter.Print(result.Diagnostics, stderr);
        if (!result.Succeeded)
        {
            stderr.WriteLine($"Build failed: {DiagnosticPrinter.Count(result.Diagnostics)}. The previous output in '{options.OutDir}' was left as it was.");
            return ExitCodes.ContentErrors;
        }
        var pages = result.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
        stdout.WriteLine($"Built {pages} pages into '{options.OutDir}' in {clock.Elapsed.TotalSeconds:0.00} s ({DiagnosticPrinter.Count(result.Diagnostics)}).");
        return ExitCodes.Built;
    }
}
