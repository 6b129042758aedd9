using Guidance.Diagnostics;
using Guidance.Model;
using YamlDotNet.RepresentationModel;

namespace Guidance.Load;

/// <summary>Reads the <c>profiles:</c> map of site.yml; the values are checked by the profile rule (GV030).</summary>
internal static class ProfileReader
{
    public static readonly string[] Keys = ["title", "organisation", "audiences", "base_path", "output", "site_url", "home"];

    public static List<Profile> Read(YamlReader yaml, YamlMappingNode site)
    {
        var node = YamlReader.Get(site, "profiles");
        if (node is null || node is YamlScalarNode s && YamlReader.IsBlank(s)) return [];
        if (node is not YamlMappingNode map)
        {
            yaml.Diagnostics.Report(Codes.WrongShape, yaml.At(node), "'profiles' must be a set of named profiles, e.g. 'internal:' with its settings beneath");
            return [];
        }
        var profiles = new List<Profile>();
        foreach (var (name, value) in yaml.Entries(map))
        {
            if (value is not YamlMappingNode entry)
            {
                yaml.Diagnostics.Report(Codes.WrongShape, yaml.At(value), $"profile '{name.Value}' must be a set of keys such as 'title:' and 'audiences:'");
                continue;
            }
            var unknown = new List<Located<string>>();
            PageLoader.CheckKeys(yaml, entry, Keys, unknown);
            foreach (var key in unknown)
                yaml.Diagnostics.Report(Codes.UnknownKey, key.Location, $"unknown key '{key.Value}' in profile '{name.Value}'",
                    $"A profile knows {string.Join(", ", Keys)}");
            profiles.Add(new Profile(name,
                yaml.Text(entry, "title"),
                yaml.Text(entry, "base_path"),
                yaml.Text(entry, "output"),
                yaml.Text(entry, "site_url"),
                yaml.List(entry, "audiences"),
                yaml.Text(entry, "home"),
                yaml.Text(entry, "organisation")?.Value));
        }
        return profiles;
    }
}
