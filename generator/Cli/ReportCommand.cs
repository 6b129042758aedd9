using System.CommandLine;
using Guidance.Authoring;
using Guidance.Build;
using Guidance.Diagnostics;
using Guidance.Load;
using Guidance.Model;
using Guidance.Report;

namespace Guidance.Cli;

/// <summary>
/// <c>guidance report plan</c>: the improvement plan as a board paper (.docx), a spreadsheet (.csv) or a
/// page to print (.html). The content is checked first, as <c>check</c> does, and a report of content
/// with errors is refused (exit 1); a wrong option or an unwritable file is exit 2.
/// </summary>
internal static class ReportCommand
{
    private static readonly Dictionary<string, Func<PlanReport, byte[]>> Formats = new(StringComparer.Ordinal)
    {
        ["docx"] = DocxReport.Write,
        ["csv"] = CsvReport.Write,
        ["html"] = HtmlReport.Write,
    };

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var content = CommonOptions.Content();
        var date = CommonOptions.Date("The date to report on, YYYY-MM-DD (e.g. 2026-03-12): actions due before it and not complete are reported as overdue (default: today).");
        var plan = new Option<string?>("--plan") { Description = "The id of the plan page to report on (default: the site's only plan)." };
        var format = new Option<string?>("--format") { Description = "docx (a Word board paper), csv (for Excel) or html (a page to print on A4); default: from the --out file's extension." };
        format.AcceptOnlyFromAmong([.. Formats.Keys]);
        var output = new Option<string>("--out") { Description = "The file to write, e.g. board-report.docx; replaced if it exists.", Required = true };
        var planCommand = new Command("plan", "Report an improvement plan's actions, status and figures for the board: a Word document, a CSV or a print-ready HTML page.")
        {
            content, plan, format, output, date,
        };
        planCommand.SetAction(parse => Run(parse.GetValue(content)!, parse.GetValue(plan), parse.GetValue(format), parse.GetValue(output)!,
            CommonOptions.DateOrToday(parse, date), stdout, stderr));
        return new Command("report", "Write a report of the content to a file.") { planCommand };
    }

    private static int Run(string contentDir, string? planId, string? format, string outFile, DateOnly today, TextWriter stdout, TextWriter stderr)
    {
        var extension = Path.GetExtension(outFile).TrimStart('.').ToLowerInvariant();
        format ??= Formats.ContainsKey(extension) ? extension : null;
        if (format is null)
        {
            stderr.WriteLine($"guidance: say which report to write with --format docx, csv or html ('{outFile}' does not end in one of them)");
            return ExitCodes.Usage;
        }
        Site site;
        try
        {
            site = SiteBuild.ReadContent(contentDir, new DiagnosticBag());
        }
        catch (ContentReadException ex)
        {
            stderr.WriteLine($"guidance: {ex.Message}");
            return ExitCodes.Usage;
        }
        if (ChoosePlan(site, planId, stderr) is not { } page) return ExitCodes.Usage;

        // The same check as 'guidance check': a report of content with errors would put them in front of the board.
        var checkedExit = PipelineRunner.Run(new BuildOptions(contentDir, null, today), stdout, stderr, "Report");
        if (checkedExit != ExitCodes.Built) return checkedExit;

        var report = PlanReport.For(site, page, today);
        try
        {
            ContentFile.Write(outFile, Formats[format](report), replace: true);
        }
        catch (AuthoringException ex)
        {
            stderr.WriteLine($"guidance: {ex.Message}");
            return ExitCodes.Usage;
        }
        var total = report.Total;
        stdout.WriteLine($"Wrote the {format} report of '{page.Id.Value}' at {Dates.Iso(today)} to '{outFile}': {total.Sentence()}");
        return ExitCodes.Built;
    }

    private static Page? ChoosePlan(Site site, string? planId, TextWriter stderr)
    {
        var plans = site.Pages.Where(p => p.Type == PageType.Plan && p.Plan is not null).ToList();
        var ids = string.Join(", ", plans.Select(p => p.Id.Value));
        if (plans.Count == 0)
        {
            stderr.WriteLine($"guidance: the content in '{site.DisplayRoot}' has no plan page to report on");
            return null;
        }
        if (planId is null)
        {
            if (plans.Count == 1) return plans[0];
            stderr.WriteLine($"guidance: the content has {plans.Count} plans; choose one with --plan (the plans are: {ids})");
            return null;
        }
        if (plans.Find(p => p.Id.Value == planId) is { } chosen) return chosen;
        var closest = Suggest.DidYouMean(planId, plans.Select(p => p.Id.Value), "");
        stderr.WriteLine($"guidance: --plan '{planId}' is not a plan in the content; the plans are: {ids}.{(closest.Length > 0 ? " " + closest : "")}");
        return null;
    }
}
