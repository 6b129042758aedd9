using System.CommandLine;

namespace Guidance.Cli;

/// <summary>The <c>guidance</c> command line: a thin layer of commands over the pipeline.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Guidance: checks children's social care practice guidance written in Markdown and builds it into a static intranet site.")
        {
            BuildCommand.Create(stdout, stderr),
            CheckCommand.Create(stdout, stderr),
            RulesCommand.Create(stdout),
            ExplainCommand.Create(stdout, stderr),
            ImportPlanCommand.Create(stdout, stderr),
            ReportCommand.Create(stdout, stderr),
            NewCommand.Create(stdout, stderr),
            ServeCommand.Create(stdout, stderr),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) stderr.WriteLine($"guidance: {error.Message}");
            stderr.WriteLine("Run 'guidance --help' to see the commands and their options.");
            return ExitCodes.Usage;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Content problems are diagnostics and file problems one-line messages before this point;
            // anything else still gets one line, never a stack trace, and the usage exit code.
            var inner = ex is AggregateException { InnerExceptions.Count: > 0 } all ? all.InnerExceptions[0] : ex;
            stderr.WriteLine($"guidance: the command stopped unexpectedly ({inner.GetType().Name}: {inner.Message}).");
            return ExitCodes.Usage;
        }
    }
}
