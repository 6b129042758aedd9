using System.CommandLine;
using Guidance.Build;

namespace Guidance.Cli;

/// <summary><c>guidance build</c>: validate, then write the site (one publishing profile, or each).</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var content = CommonOptions.Content();
        var output = CommonOptions.Out();
        var date = CommonOptions.Date();
        var layouts = CommonOptions.Layouts();
        var profile = CommonOptions.Profile();
        var allProfiles = CommonOptions.AllProfiles();
        var acceptRemovals = new Option<bool>("--accept-removals")
        {
            Description = "Record published URLs and heading anchors that are gone as removed on purpose, instead of failing (GV032, GV033).",
        };
        var manifest = CommonOptions.Manifest();
        var timings = new Option<bool>("--timings")
        {
            Description = "After the summary, print how long each stage took (load, validate, render, index, write).",
        };
        var command = new Command("build", "Validate the content, then write the site. A failed build leaves the previous output untouched.")
        {
            content, output, date, layouts, profile, allProfiles, acceptRemovals, manifest, timings,
        };
        command.SetAction(parse => ProfileRuns.Run(
            new BuildOptions(parse.GetValue(content)!, parse.GetValue(output), CommonOptions.DateOrToday(parse, date), parse.GetValue(layouts),
                AcceptRemovals: parse.GetValue(acceptRemovals), ManifestPath: parse.GetValue(manifest), ForPublishing: true),
            parse.GetValue(profile), parse.GetValue(allProfiles), writes: true, stdout, stderr, "Build", parse.GetValue(timings)));
        return command;
    }
}
