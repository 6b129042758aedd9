using System.Text;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Guidance.Diagnostics;
using Guidance.Load;
using Guidance.Model;
using Guidance.Report;
using Guidance.Tests.Support;

namespace Guidance.Tests.Shipped;

/// <summary><c>guidance report plan</c> on the shipped plan, each format read back as its readers would.</summary>
public class ShippedPlanReportTests : IDisposable
{
    private const string Date = "2024-06-01";
    private readonly string _dir = Directory.CreateTempSubdirectory("guidance-report-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Report(string format, string name = "report")
    {
        var file = Path.Combine(_dir, $"{name}.{format}");
        var run = TempSite.Run(["report", "plan", "--content", Repo.Content, "--format", format, "--out", file, "--date", Date]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("Wrote the " + format + " report of 'improvement-plan'", run.Stdout, StringComparison.Ordinal);
        return file;
    }

    private static List<PlanAction> ShippedActions()
    {
        var site = SiteLoader.Load(Repo.Content, new DiagnosticBag());
        return site.FindPage("improvement-plan")!.Plan!.Actions.ToList();
    }

    [Fact]
    public void The_docx_opens_as_a_valid_word_document_holding_all_68_actions()
    {
        var file = Report("docx");
        using var document = WordprocessingDocument.Open(file, isEditable: false);
        var body = document.MainDocumentPart!.Document!.Body!;
        Assert.Empty(new OpenXmlValidator().Validate(document));

        var actions = ShippedActions();
        Assert.Equal(68, actions.Count);
        // Action tables are those whose header row starts "Id"; each row after it is one action.
        var rows = body.Elements<Table>()
            .Where(t => t.Elements<TableRow>().First().InnerText.StartsWith("Id", StringComparison.Ordinal))
            .SelectMany(t => t.Elements<TableRow>().Skip(1)).ToList();
        Assert.Equal(68, rows.Count);
        Assert.Equal(actions.Select(a => a.Id!.Value).Order(), rows.Select(r => r.Elements<TableCell>().First().InnerText).Order());
        foreach (var action in actions) Assert.Contains(rows, r => r.InnerText.Contains(action.Text!, StringComparison.Ordinal));

        var headings = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Equal(["Summary", .. Enumerable.Range(1, 8).Select(n => $"Area {n}: ")], headings.Select(h => h.StartsWith("Area", StringComparison.Ordinal) ? h[..(h.IndexOf(':') + 2)] : h));
        // The lead is its title from leads.yml, not its id.
        Assert.Contains(rows, r => r.InnerText.Contains("Director of Operations", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.InnerText.Contains("director-of-operations", StringComparison.Ordinal));
    }

    [Fact]
    public void The_csv_has_a_header_and_68_rows_with_a_byte_order_mark_for_excel()
    {
        var file = Report("csv");
        var bytes = File.ReadAllBytes(file);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Contains("\r\n", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);

        using var reader = CsvReader.FromFile(file, CsvReaderOptions.Default with { HasHeader = false, Separator = ',' });
        var records = new List<string[]>();
        while (reader.Read()) records.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        Assert.Equal(CsvReport.Columns, records[0]);
        Assert.Equal(68, records.Count - 1);
        Assert.All(records, r => Assert.Equal(CsvReport.Columns.Length, r.Length));
        var actions = ShippedActions();
        Assert.Equal(actions.Select(a => a.Text), records.Skip(1).Select(r => r[3]));
    }

    [Fact]
    public void The_html_view_is_standalone_for_a4_and_holds_every_action()
    {
        var html = File.ReadAllText(Report("html"));
        Assert.Contains("@page { size: A4;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        foreach (var action in ShippedActions())
            Assert.Contains($"<tr><td>{action.Id!.Value}</td><td>{System.Net.WebUtility.HtmlEncode(action.Text)}</td>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("csv")]
    [InlineData("html")]
    public void The_same_content_and_date_give_the_same_bytes(string format) =>
        Assert.Equal(File.ReadAllBytes(Report(format, "first")), File.ReadAllBytes(Report(format, "second")));
}
