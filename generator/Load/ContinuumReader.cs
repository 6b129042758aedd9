using Guidance.Model;
using YamlDotNet.RepresentationModel;

namespace Guidance.Load;

/// <summary>Reads the continuum of needs: levels with indicators as a list or a map of domain to list.</summary>
internal static class ContinuumReader
{
    public static IReadOnlyList<ContinuumLevel> Read(YamlReader yaml, YamlMappingNode map, List<Located<string>> unknown) =>
        yaml.Mappings(map, "levels").Select(level =>
        {
            PageLoader.CheckKeys(yaml, level, KnownKeys.Level, unknown);
            return new ContinuumLevel(
                yaml.At(level),
                yaml.Text(level, "level"),
                yaml.Text(level, "name")?.Value,
                yaml.Text(level, "summary")?.Value,
                Indicators(yaml, level),
                yaml.Text(level, "response")?.Value);
        }).ToList();

    private static List<IndicatorGroup> Indicators(YamlReader yaml, YamlMappingNode level)
    {
        var node = YamlReader.Get(level, "indicators");
        if (node is YamlMappingNode domains)
        {
            return yaml.Entries(domains)
                .Select(e => new IndicatorGroup(e.Key.Value, yaml.List(e.Value, e.Key.Value).Select(v => v.Value).ToList()))
                .ToList();
        }
        var items = yaml.List(level, "indicators").Select(v => v.Value).ToList();
        return items.Count == 0 ? [] : [new IndicatorGroup("", items)];
    }
}
