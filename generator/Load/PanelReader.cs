using Guidance.Model;
using YamlDotNet.RepresentationModel;

namespace Guidance.Load;

/// <summary>Reads a panel's terms-of-reference card from its front matter.</summary>
internal static class PanelReader
{
    public static PanelCard Read(YamlReader yaml, YamlMappingNode map) => new(
        Chair: yaml.Text(map, "chair"),
        Frequency: yaml.Text(map, "frequency"),
        Members: yaml.List(map, "members"),
        Quorum: yaml.Text(map, "quorum")?.Value,
        Referral: yaml.Text(map, "referral")?.Value,
        Decisions: yaml.Text(map, "decisions")?.Value);
}
