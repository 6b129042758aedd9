using System.CommandLine;

namespace Guidance.Cli;

/// <summary><c>guidance check</c>: validate only; writes nothing.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var content = CommonOptions.Content();
        var date = CommonOptions.Date();
        var profile = CommonOptions.Profile();
        var allProfiles = CommonOptions.AllProfiles();
        var manifest = CommonOptions.Manifest();
        var command = new Command("check", "Validate the content and report every problem; writes nothing.") { content, date, profile, allProfiles, manifest };
        command.SetAction(parse => ProfileRuns.Run(
            new BuildOptions(parse.GetValue(content)!, null, CommonOptions.DateOrToday(parse, date), ManifestPath: parse.GetValue(manifest)),
            parse.GetValue(profile), parse.GetValue(allProfiles), writes: false, stdout, stderr, "Check"));
        return command;
    }
}
