using Guidance.Model;
using YamlDotNet.RepresentationModel;

namespace Guidance.Load;

/// <summary>Reads a page's <c>changes:</c> list of <c>date</c> and <c>summary</c> entries; GV034 checks them.</summary>
internal static class ChangeReader
{
    public static readonly string[] Keys = ["date", "summary"];

    public static List<Change> Read(YamlReader yaml, YamlMappingNode map, List<Located<string>> unknown)
    {
        var changes = new List<Change>();
        foreach (var entry in yaml.Mappings(map, "changes"))
        {
            PageLoader.CheckKeys(yaml, entry, Keys, unknown);
            changes.Add(new Change(yaml.Text(entry, "date"), yaml.Text(entry, "summary"), yaml.At(entry)));
        }
        return changes;
    }
}
