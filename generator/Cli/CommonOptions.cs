using System.CommandLine;
using System.Globalization;

namespace Guidance.Cli;

/// <summary>Options shared by the commands, defined once so every command spells them alike.</summary>
internal static class CommonOptions
{
    public static Option<string> Content() => new("--content")
    {
        Description = "The content folder to read.",
        DefaultValueFactory = _ => "content",
    };

    public static Option<string?> Out() => new("--out")
    {
        Description = "The folder to write the site to, replaced only when the build succeeds (default: the profile's output folder, output/; with --all-profiles, one folder per profile inside it).",
    };

    public static Option<string?> Profile() => new("--profile")
    {
        Description = "The publishing profile from site.yml to build, e.g. partnership (default: the first profile).",
    };

    public static Option<bool> AllProfiles() => new("--all-profiles")
    {
        Description = "Build every publishing profile in site.yml, each into its own output folder.",
    };

    public static Option<string?> Manifest() => new("--manifest")
    {
        Description = "The file of published URLs and anchors to check against and update (default: .published.json in the content folder).",
    };

    public static Option<string?> Layouts() => new("--layouts")
    {
        Description = "A folder of Scriban layouts overriding the built-in ones (default: layouts/ beside the content folder, if there is one).",
    };

    /// <summary>
    /// <c>--date YYYY-MM-DD</c>, today when not given (<see cref="DateOrToday"/>). It has no default
    /// value of its own because help would print that in the invariant culture (12/03/2026), a form
    /// the option refuses; the description says "today" instead.
    /// </summary>
    public static Option<DateOnly?> Date(string description = "The date to treat as today, YYYY-MM-DD (e.g. 2026-03-12): page reviews and plan actions due before it are flagged as overdue (default: today).")
    {
        var option = new Option<DateOnly?>("--date")
        {
            Description = description,
            HelpName = "YYYY-MM-DD",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
                result.AddError($"--date '{text}' is not a date in the form YYYY-MM-DD");
                return default;
            },
        };
        return option;
    }

    public static DateOnly DateOrToday(ParseResult parse, Option<DateOnly?> date) =>
        parse.GetValue(date) ?? DateOnly.FromDateTime(DateTime.Today);
}
