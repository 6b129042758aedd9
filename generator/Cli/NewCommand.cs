using System.CommandLine;
using Guidance.Authoring;
using Guidance.Model;

namespace Guidance.Cli;

/// <summary><c>guidance new</c>: writes a new page of a type, with its front matter and skeleton body.</summary>
internal static class NewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var type = new Argument<string>("TYPE") { Description = $"The page type: {PageTypes.Names}." };
        var title = new Argument<string>("TITLE") { Description = "The page's title; its id is made from it." };
        var content = CommonOptions.Content();
        var owner = new Option<string?>("--owner") { Description = $"The id of the lead in leads.yml who owns the page (and chairs a panel). Without it the page says '{LeadPlaceholders.ToConfirm}', which check warns about until it is replaced; a plain page needs no owner." };
        var id = new Option<string?>("--id") { Description = "The page id, instead of one made from the title; refused if a page has it." };
        var date = CommonOptions.Date("The date written as the page's 'reviewed:', YYYY-MM-DD (e.g. 2026-03-12); 'review_due:' is a year later (default: today).");
        var command = new Command("new", "Write a new page with the front matter and headings its type needs. Never replaces a file.")
        {
            type, title, content, owner, id, date,
        };
        command.SetAction(parse =>
        {
            if (PageTypes.FromName(parse.GetValue(type)!) is not { } pageType)
            {
                stderr.WriteLine($"guidance: '{parse.GetValue(type)}' is not a page type; use one of {PageTypes.Names}");
                return ExitCodes.Usage;
            }
            try
            {
                var made = NewPage.Run(new NewPageOptions(pageType, parse.GetValue(title)!, parse.GetValue(content)!,
                    parse.GetValue(owner), parse.GetValue(id), CommonOptions.DateOrToday(parse, date)));
                stdout.WriteLine($"Wrote '{made.Path}', a new {parse.GetValue(type)} with the id '{made.Id}', to be published at {made.Url}.");
                stdout.WriteLine(made.Why is null
                    ? parse.GetValue(id) is null ? "The id comes from the title; pass --id to choose another." : "The id is the one --id gave."
                    : $"The id is '{made.Id}' because {made.Why}; pass --id to choose another.");
                foreach (var step in NextSteps(pageType, parse.GetValue(owner) is null)) stdout.WriteLine(step);
                return ExitCodes.Built;
            }
            catch (AuthoringException ex)
            {
                stderr.WriteLine($"guidance: {ex.Message}");
                return ExitCodes.Usage;
            }
        });
        return command;
    }

    /// <summary>What is left for the author to fill in, then how to see the page checked.</summary>
    private static List<string> NextSteps(PageType type, bool noOwner)
    {
        var steps = new List<string>();
        if (noOwner && PageScaffolder.NeedsOwner(type))
            steps.Add($"Next: replace '{LeadPlaceholders.ToConfirm}' in 'owner:'{(type == PageType.Panel ? " and 'chair:'" : "")} with a lead id from leads.yml (check warns until you do).");
        if (type == PageType.Plan)
            steps.Add("Next: write the plan's actions under 'actions:' (the page shows an example); check warns until an area has one.");
        steps.Add($"{(steps.Count == 0 ? "Next: write" : "Then write")} the page under its headings and run 'guidance check'.");
        return steps;
    }
}
