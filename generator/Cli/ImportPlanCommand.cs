using System.CommandLine;
using Guidance.Authoring;
using Guidance.Model;

namespace Guidance.Cli;

/// <summary>
/// <c>guidance import-plan</c>: turns an improvement plan's table into a plan page to review. It exits
/// 0 when it wrote the page, even with notes needing a decision, because <c>check</c> holds the line:
/// the page fails it until every action has guidance and named leads. It exits 1 when the table held
/// no actions (nothing is written) and 2 for a file it cannot read or write.
/// </summary>
internal static class ImportPlanCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var table = new Argument<string>("FILE") { Description = "The plan table: .tsv, .csv or .xlsx (the first worksheet)." };
        var output = new Option<string>("--out") { Description = "The plan page to write, e.g. content/plans/improvement-plan.md.", Required = true };
        var leads = new Option<string?>("--leads") { Description = "The leads registry to match lead names against (default: leads.yml in the content folder of --out)." };
        var title = new Option<string?>("--title") { Description = "The plan's title (default: Improvement plan)." };
        var owner = new Option<string?>("--owner") { Description = $"The lead id that owns the plan (default: {LeadPlaceholders.ToConfirm}, which check reports until replaced)." };
        var force = new Option<bool>("--force") { Description = "Replace the page if it exists." };
        var columns = new Option<string?>("--columns")
        {
            Description = "Name the headers the importer does not know: \"Action=What we will do,Lead=Owner,Due=Deadline\" "
                + $"(columns: {string.Join(", ", ColumnNames.Kinds.Select(k => k.Name))}).",
        };
        var command = new Command("import-plan", "Import an improvement plan from its table (.tsv, .csv, .xlsx) as a plan page to review.")
        {
            table, output, leads, title, owner, force, columns,
        };
        command.SetAction(parse =>
        {
            var options = new PlanImportOptions(parse.GetValue(table)!, parse.GetValue(output)!, parse.GetValue(leads),
                parse.GetValue(title), parse.GetValue(owner), parse.GetValue(force), parse.GetValue(columns));
            PlanImportResult result;
            try
            {
                result = PlanImport.Run(options);
            }
            catch (AuthoringException ex)
            {
                stderr.WriteLine($"guidance: {ex.Message}");
                return ExitCodes.Usage;
            }
            Report(options, result, result.Written ? stdout : stderr);
            return result.Written ? ExitCodes.Built : ExitCodes.ContentErrors;
        });
        return command;
    }

    private static void Report(PlanImportOptions options, PlanImportResult result, TextWriter writer)
    {
        var plan = result.Plan;
        var actions = plan.Actions.Count();
        writer.WriteLine(result.Written
            ? $"Imported {plan.Areas.Count} areas and {actions} actions from '{options.Table}' into '{options.OutFile}'."
            : $"No actions found in '{options.Table}'; nothing was written.");
        writer.WriteLine(result.LeadsFile is null
            ? $"Leads: no leads.yml found, so all {result.LeadsUnknown} were kept as written; pass --leads to match them."
            : $"Leads: {result.LeadsMatched} matched in '{result.LeadsFile}', {result.LeadsUnknown} kept as written.");
        writer.WriteLine($"Rows: {plan.RowSummary}.");
        var statuses = plan.Actions.Count(a => a.Status is not null);
        if (statuses > 0) writer.WriteLine($"Statuses: {statuses} of {actions} actions took theirs from the table's RAG or status column.");
        Section(writer, "Notes", plan.Notes.Where(n => !n.NeedsDecision).ToList());
        Section(writer, "Needs a human decision", plan.Notes.Where(n => n.NeedsDecision).ToList());
        if (result.Written)
            writer.WriteLine($"Next: link each action to the guidance it relies on; 'guidance check' lists the {actions} actions without guidance (GV012).");
    }

    private static void Section(TextWriter writer, string heading, List<ImportNote> notes)
    {
        if (notes.Count == 0) return;
        writer.WriteLine($"{heading} ({notes.Count}):");
        foreach (var note in notes) writer.WriteLine($"  {note}");
    }
}
