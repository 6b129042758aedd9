using System.CommandLine;
using Guidance.Build;

namespace Guidance.Cli;

/// <summary><c>guidance check</c>: validate only; writes nothing (a report, if asked for, goes to standard output).</summary>
internal static class CheckCommand
{
    public const string Unused = "unused";
    public const string Reviews = "reviews";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var content = CommonOptions.Content();
        var date = CommonOptions.Date();
        var profile = CommonOptions.Profile();
        var allProfiles = CommonOptions.AllProfiles();
        var manifest = CommonOptions.Manifest();
        var report = new Option<string?>("--report")
        {
            Description = "Also report: 'unused' lists the glossary terms no page uses (info GV140); 'reviews' lists every page by owner with its reviewed and due dates.",
        };
        report.AcceptOnlyFromAmong(Unused, Reviews);
        var format = new Option<string>("--format")
        {
            Description = "The form of the reviews report: text (default) or csv, one row a page.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "csv");
        var command = new Command("check", "Validate the content and report every problem; writes nothing.") { content, date, profile, allProfiles, manifest, report, format };
        command.SetAction(parse =>
        {
            var asked = parse.GetValue(report);
            if (parse.GetValue(format) == "csv" && asked != Reviews)
            {
                stderr.WriteLine("guidance: --format csv is the form of the reviews report; use it with --report reviews");
                return ExitCodes.Usage;
            }
            // With the reviews report, standard output holds the report alone (so '> reviews.csv' is
            // the CSV) and the check's own summary goes to standard error with its diagnostics.
            var exit = ProfileRuns.Run(
                new BuildOptions(parse.GetValue(content)!, null, CommonOptions.DateOrToday(parse, date), ManifestPath: parse.GetValue(manifest)),
                parse.GetValue(profile), parse.GetValue(allProfiles), writes: false, asked == Reviews ? stderr : stdout, stderr, "Check", infos: asked == Unused);
            if (asked == Reviews && exit != ExitCodes.Usage)
                ReviewReport.Write(parse.GetValue(content)!, CommonOptions.DateOrToday(parse, date), parse.GetValue(format) == "csv", stdout);
            return exit;
        });
        return command;
    }
}
