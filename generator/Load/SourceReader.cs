using Guidance.Model;
using YamlDotNet.RepresentationModel;

namespace Guidance.Load;

/// <summary>Reads a page's <c>sources:</c> list of <c>title</c>, <c>date</c> and <c>section</c> entries; GV070 checks them.</summary>
internal static class SourceReader
{
    public static readonly string[] Keys = ["title", "date", "section"];

    public static List<Source> Read(YamlReader yaml, YamlMappingNode map, List<Located<string>> unknown)
    {
        var sources = new List<Source>();
        foreach (var entry in yaml.Mappings(map, "sources"))
        {
            PageLoader.CheckKeys(yaml, entry, Keys, unknown);
            sources.Add(new Source(yaml.Text(entry, "title"), yaml.Text(entry, "date"), yaml.Text(entry, "section"), yaml.At(entry)));
        }
        return sources;
    }
}
