using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Guidance.Authoring;
using Guidance.Diagnostics;
using Guidance.Load;
using Guidance.Model;
using Guidance.Tests.Support;

namespace Guidance.Tests.Authoring;

/// <summary>The 2023 Ofsted improvement plan's table, copied verbatim from the seed, imported whole.</summary>
public class SeedPlanImportTests
{
    public static readonly string Dir = Path.Combine(TempSite.FixturesDir, "plan-import");
    private static readonly string Tsv = Path.Combine(Dir, "ofsted-2023.tsv");

    public static LeadSplitter SeedLeads()
    {
        var diagnostics = new DiagnosticBag();
        var leads = RegistryLoader.ReadLeads(new YamlReader("leads.yml", 0, diagnostics), File.ReadAllText(Path.Combine(Dir, "leads.yml")));
        Assert.False(diagnostics.HasErrors);
        return new LeadSplitter(leads);
    }

    private static ImportedPlan Import(string path) => PlanTableParser.Parse(PlanTableReader.Read(path), SeedLeads());

    private static ImportedAction Action(ImportedPlan plan, string id) => plan.Actions.Single(a => a.Id == id);

    [Fact]
    public void Imports_eight_areas_and_sixty_eight_actions()
    {
        var plan = Import(Tsv);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], plan.Areas.Select(a => a.Number));
        Assert.Equal([6, 7, 13, 8, 8, 5, 5, 16], plan.Areas.Select(a => a.Actions.Count));
        Assert.Equal(68, plan.Actions.Select(a => a.Id).Distinct().Count());
        Assert.Equal("Timeliness of strategy meetings", plan.Areas[0].Title);
        Assert.Equal("Assessment and decision-making for children experiencing neglect", plan.Areas[2].Title);
    }

    [Fact]
    public void Recovers_the_real_numbering()
    {
        var plan = Import(Tsv);
        Assert.Equal(Enumerable.Range(1, 13).Select(n => $"3.{n}"), plan.Areas[2].Actions.Select(a => a.Id));
        Assert.Equal(Enumerable.Range(1, 16).Select(n => $"8.{n}"), plan.Areas[7].Actions.Select(a => a.Id));
        Assert.StartsWith("Heads of Service (HoS) in MASH and Assessment", Action(plan, "1.3").Text);   // was "Page 61"
        Assert.StartsWith("Appoint a Domestic Abuse practice lead", Action(plan, "3.4").Text);         // was "1.4 Page 63"
        Assert.StartsWith("Pilot new booking system for supervision", Action(plan, "2.4").Text);      // the leading empty cell
        Assert.StartsWith("Family support workers in the Specialist intervention team", Action(plan, "3.8").Text);
        Assert.StartsWith("Audit of permanence plans", Action(plan, "8.16").Text);
    }

    [Fact]
    public void Splits_leads_and_reads_dates()
    {
        var plan = Import(Tsv);
        Assert.Equal(["head-of-mash", "head-of-assessment"], Action(plan, "1.3").Leads);
        Assert.Equal(["dcs", "chief-executive", "s115-officer"], Action(plan, "2.1").Leads);
        Assert.Equal(["head-of-safeguarding-qa", "psw"], Action(plan, "2.3").Leads);
        Assert.Equal(["head-of-service-development"], Action(plan, "2.4").Leads);
        Assert.Equal(["heads-of-service"], Action(plan, "2.6").Leads);
        Assert.Equal(["head-of-mash", "head-of-early-help"], Action(plan, "7.4").Leads);
        Assert.Equal(["Senior Curator Culture Programmes"], Action(plan, "8.4").Leads);
        Assert.Equal("2023-12", Action(plan, "1.1").Due);
        Assert.Equal("monthly", Action(plan, "1.3").Due);
        Assert.Equal("2023-12", Action(plan, "2.4").Due);
        Assert.Equal("weekly", Action(plan, "2.6").Due);
        Assert.Equal("quarterly", Action(plan, "3.9").Due);
        Assert.Equal("2023-09", Action(plan, "8.3").Due);
        Assert.Equal("ongoing", Action(plan, "8.9").Due);
    }

    [Fact]
    public void Gathers_outcomes_and_measures_by_area()
    {
        var plan = Import(Tsv);
        var area4 = plan.Areas[3];
        Assert.Equal("No pre-proceedings longer than 16 week maximum.", area4.Outcomes[0]);
        Assert.Equal(4, area4.Outcomes.Count);
        Assert.Equal(4, area4.Measures.Count);
        // The row with only an outcome and a measure repeats area 3's first table; nothing is listed twice.
        Assert.Equal(plan.Areas[2].Outcomes.Distinct().Count(), plan.Areas[2].Outcomes.Count);
        Assert.Contains("Increase in audits rated good or outstanding on threshold application.", plan.Areas[6].Measures);
    }

    [Fact]
    public void Reports_what_needs_a_decision_and_drops_nothing()
    {
        var plan = Import(Tsv);
        var decisions = plan.Notes.Where(n => n.NeedsDecision).Select(n => n.ToString()).ToList();
        Assert.Equal(2, decisions.Count);
        Assert.Contains(decisions, d => d.Contains("'Senior Curator Culture Programmes' is not in leads.yml", StringComparison.Ordinal));
        Assert.Contains(plan.Notes, n => n.Message.Contains("'(ongoing)' was dropped", StringComparison.Ordinal));
        Assert.Contains(plan.Notes, n => n.Line == 77 && n.Message.Contains("'Page 67'", StringComparison.Ordinal));
    }

    [Fact]
    public void Csv_and_xlsx_copies_give_the_same_plan()
    {
        var rows = PlanTableReader.Read(Tsv);
        var dir = Directory.CreateTempSubdirectory("guidance-plan-").FullName;
        try
        {
            var csv = Path.Combine(dir, "plan.csv");
            using (var writer = CsvWriter.ToFile(csv, CsvWriterOptions.Default with { ValidateFieldCount = false }))
                foreach (var row in rows) writer.WriteRecord(row.Cells.ToArray());
            var xlsx = Path.Combine(dir, "plan.xlsx");
            Workbooks.Write(xlsx, rows);

            var expected = PlanWriter.Write(Import(Tsv), "Plan", "psw", "plan");
            Assert.Equal(expected, PlanWriter.Write(Import(csv), "Plan", "psw", "plan"));
            Assert.Equal(expected, PlanWriter.Write(Import(xlsx), "Plan", "psw", "plan"));
            Assert.Equal(Import(Tsv).Notes, Import(xlsx).Notes);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
