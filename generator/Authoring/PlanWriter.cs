using System.Text;

namespace Guidance.Authoring;

/// <summary>
/// Writes an imported plan as a plan page in the content contract. The output depends only on the
/// plan, so importing the same table twice gives the same file. Every action gets <c>guidance: []</c>,
/// which <c>guidance check</c> reports (GV012) until a person links the guidance it relies on.
/// </summary>
public static class PlanWriter
{
    public static string Write(ImportedPlan plan, string title, string owner, string sourceName)
    {
        var sb = new StringBuilder();
        sb.Append("---\n");
        sb.Append("title: ").Append(YamlText.Quote(title)).Append('\n');
        sb.Append("summary: ").Append(YamlText.Quote($"Imported from {sourceName}; review before publishing.")).Append('\n');
        sb.Append("owner: ").Append(YamlText.IdOrQuoted(owner)).Append('\n');
        sb.Append("areas:\n");
        foreach (var area in plan.Areas)
        {
            sb.Append("  - number: ").Append(area.Number).Append('\n');
            sb.Append("    title: ").Append(YamlText.Quote(area.Title)).Append('\n');
            YamlText.BlockList(sb, "    ", "outcomes", area.Outcomes);
            YamlText.BlockList(sb, "    ", "measures", area.Measures);
            sb.Append(area.Actions.Count == 0 ? "    actions: []\n" : "    actions:\n");
            foreach (var action in area.Actions)
            {
                sb.Append("      - id: ").Append(YamlText.Quote(action.Id)).Append('\n');
                sb.Append("        action: ").Append(YamlText.Quote(action.Text)).Append('\n');
                sb.Append("        leads: ").Append(YamlText.FlowList(action.Leads)).Append('\n');
                if (action.Due is not null) sb.Append("        due: ").Append(YamlText.IdOrQuoted(action.Due)).Append('\n');
                if (action.Status is not null) sb.Append("        status: ").Append(action.Status).Append('\n');
                YamlText.BlockList(sb, "        ", "outcomes", action.Outcomes);
                YamlText.BlockList(sb, "        ", "measures", action.Measures);
                sb.Append("        guidance: []\n");
            }
        }
        sb.Append("---\n");
        sb.Append("The plan's introduction: what the inspection found and how this plan responds to it.\n");
        return sb.ToString();
    }
}
