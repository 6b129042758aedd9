using Guidance.Diagnostics;
using Guidance.Load;
using Guidance.Model;

namespace Guidance.Authoring;

/// <summary>What <c>guidance import-plan</c> was asked to do.</summary>
/// <param name="LeadsFile">The registry to match leads against; by default the leads.yml of the content folder the plan goes into.</param>
/// <param name="Columns">The <c>--columns</c> text naming headers the importer does not know: <c>"Action=What we will do,Lead=Owner"</c>.</param>
public sealed record PlanImportOptions(string Table, string OutFile, string? LeadsFile = null, string? Title = null, string? Owner = null,
    bool Force = false, string? Columns = null);

/// <param name="LeadsFile">The registry used, or null when there was none and every lead was kept as written.</param>
public sealed record PlanImportResult(ImportedPlan Plan, string? LeadsFile, int LeadsMatched, int LeadsUnknown, bool Written);

/// <summary>Reads a plan table, turns it into a plan and writes it as a plan page, refusing to overwrite one.</summary>
public static class PlanImport
{
    public static PlanImportResult Run(PlanImportOptions options)
    {
        var leadsFile = options.LeadsFile ?? DefaultLeadsFile(options.OutFile);
        var registry = leadsFile is null ? [] : ReadLeads(leadsFile);

        var names = options.Columns is null ? null : ColumnNames.Parse(options.Columns);
        var plan = PlanTableParser.Parse(PlanTableReader.Read(options.Table), new LeadSplitter(registry), names);
        var ids = registry.Select(l => l.Id.Value).ToHashSet(StringComparer.Ordinal);
        var leads = plan.Actions.SelectMany(a => a.Leads).ToList();
        var matched = leads.Count(ids.Contains);
        if (!plan.Actions.Any()) return new PlanImportResult(plan, leadsFile, 0, 0, Written: false);

        var text = PlanWriter.Write(plan,
            options.Title ?? "Improvement plan",
            options.Owner ?? LeadPlaceholders.ToConfirm,
            Path.GetFileName(options.Table));
        ContentFile.Write(options.OutFile, text, options.Force);
        return new PlanImportResult(plan, leadsFile, matched, leads.Count - matched, Written: true);
    }

    // content/plans/x.md -> content/leads.yml, when there is one.
    private static string? DefaultLeadsFile(string outFile)
    {
        var contentDir = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(outFile)));
        var candidate = contentDir is null ? null : Path.Combine(contentDir, SiteLoader.LeadsFile);
        return candidate is not null && File.Exists(candidate) ? candidate : null;
    }

    private static List<Lead> ReadLeads(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new AuthoringException($"cannot read the leads registry '{path}': {ex.Message}");
        }
        var diagnostics = new DiagnosticBag();
        var leads = RegistryLoader.ReadLeads(new YamlReader(path, 0, diagnostics), text);
        if (diagnostics.HasErrors)
            throw new AuthoringException($"the leads registry cannot be used: {string.Join("; ", diagnostics.Sorted())}");
        return leads;
    }
}
