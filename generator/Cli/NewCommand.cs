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
        var owner = new Option<string?>("--owner") { Description = $"The lead id that owns the page (default: {PageScaffolder.PlaceholderOwner}, which check reports until replaced)." };
        var id = new Option<string?>("--id") { Description = "The page id, instead of one made from the title; refused if a page has it." };
        var date = CommonOptions.Date();
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
                var path = NewPage.Run(new NewPageOptions(pageType, parse.GetValue(title)!, parse.GetValue(content)!,
                    parse.GetValue(owner), parse.GetValue(id), parse.GetValue(date)));
                stdout.WriteLine($"Wrote '{path}'.{(parse.GetValue(owner) is null ? $" Set 'owner:' (now {PageScaffolder.PlaceholderOwner}) to a lead id from leads.yml." : "")}");
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
}
