using Guidance.Authoring;
using Guidance.Diagnostics;
using Guidance.Load;
using Guidance.Model;
using Guidance.Tests.Support;

namespace Guidance.Tests.Shipped;

/// <summary>
/// The shipped improvement plan was written by hand from the seed; the importer reads the same seed
/// table. Each checks the other: every action's leads and due date must agree.
/// </summary>
public class ShippedPlanTests
{
    [Fact]
    public void Importing_the_seed_table_reproduces_the_shipped_plans_actions_leads_and_dates()
    {
        var diagnostics = new DiagnosticBag();
        var site = SiteLoader.Load(Repo.Content, diagnostics);
        var shipped = site.FindPage("improvement-plan")!.Plan!.Actions.ToDictionary(a => a.Id!.Value);

        var imported = PlanTableParser.Parse(
            PlanTableReader.Read(Path.Combine(Authoring.SeedPlanImportTests.Dir, "ofsted-2023.tsv")),
            new LeadSplitter(site.Leads)).Actions.ToDictionary(a => a.Id);

        Assert.Equal(68, shipped.Count);
        Assert.Equal(shipped.Keys.Order(), imported.Keys.Order());
        foreach (var (id, action) in shipped)
        {
            Assert.Equal(imported[id].Leads.Order(), action.Leads.Select(l => l.Value).Order());
            Assert.Equal(imported[id].Due, action.Due?.Value);
            Assert.NotEmpty(action.Guidance);
        }
    }
}
