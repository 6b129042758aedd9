using Guidance.Model;
using YamlDotNet.RepresentationModel;

namespace Guidance.Load;

/// <summary>Reads a plan's areas and actions, keeping each action's place for diagnostics.</summary>
internal static class PlanReader
{
    public static Plan Read(YamlReader yaml, YamlMappingNode map, List<Located<string>> unknown) =>
        new(yaml.Mappings(map, "areas").Select(area =>
        {
            PageLoader.CheckKeys(yaml, area, KnownKeys.Area, unknown);
            return new PlanArea(
                yaml.At(area),
                yaml.Text(area, "number"),
                yaml.Text(area, "title")?.Value,
                yaml.TextOrList(area, "outcomes"),
                yaml.TextOrList(area, "measures"),
                yaml.Mappings(area, "actions").Select(action => ReadAction(yaml, action, unknown)).ToList());
        }).ToList());

    private static PlanAction ReadAction(YamlReader yaml, YamlMappingNode action, List<Located<string>> unknown)
    {
        PageLoader.CheckKeys(yaml, action, KnownKeys.Action, unknown);
        return new PlanAction(
            yaml.At(action),
            yaml.Text(action, "id"),
            yaml.Text(action, "action")?.Value,
            yaml.List(action, "leads"),
            yaml.Text(action, "due"),
            yaml.Text(action, "status"),
            yaml.TextOrList(action, "outcomes"),
            yaml.TextOrList(action, "measures"),
            yaml.List(action, "guidance"),
            yaml.Mappings(action, "updates").Select(update =>
            {
                PageLoader.CheckKeys(yaml, update, KnownKeys.Update, unknown);
                return new PlanUpdate(yaml.At(update), yaml.Text(update, "date"), yaml.Text(update, "status"), yaml.Text(update, "note"));
            }).ToList());
    }
}
