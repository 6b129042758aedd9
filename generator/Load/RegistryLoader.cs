using Guidance.Diagnostics;
using Guidance.Model;
using YamlDotNet.RepresentationModel;

namespace Guidance.Load;

/// <summary>Reads the site-wide YAML files: <c>site.yml</c>, <c>leads.yml</c> and <c>glossary.yml</c>.</summary>
internal static class RegistryLoader
{
    public static SiteSettings ReadSettings(YamlReader yaml, string text)
    {
        var start = new SourceLocation(yaml.DisplayPath, 1, 1);
        var map = yaml.ParseMapping(text, start, "site.yml") ?? new YamlMappingNode();
        var unknown = new List<Located<string>>();
        PageLoader.CheckKeys(yaml, map, ["title", "organisation", "base_path", "site_url", "profiles", "outside_links", "allowed_hosts", "acronyms_ignore", "versions"], unknown);
        foreach (var key in unknown)
            yaml.Diagnostics.Report(Codes.UnknownKey, key.Location, $"unknown key '{key.Value}' in site.yml",
                "site.yml knows title, organisation, base_path, site_url, profiles, outside_links, allowed_hosts, acronyms_ignore and versions");
        var outsideLinks = yaml.Text(map, "outside_links");
        if (outsideLinks is not null && outsideLinks.Value is not ("error" or "skip"))
            yaml.Diagnostics.Report(Codes.InvalidValue, outsideLinks.Location, $"outside_links is '{outsideLinks.Value}'",
                "Write 'outside_links: error' (the default: a link out of the content folder fails the build) or 'outside_links: skip'");
        var versions = yaml.Text(map, "versions");
        if (versions is not null && versions.Value is not ("commits" or "tags"))
            yaml.Diagnostics.Report(Codes.InvalidValue, versions.Location, $"versions is '{versions.Value}'",
                "Write 'versions: commits' (the default: every commit that changed a page publishes a version of it) or 'versions: tags' (only tagged commits)");
        return new SiteSettings(start, yaml.Text(map, "title"), yaml.Text(map, "organisation")?.Value, yaml.Text(map, "base_path"),
            ProfileReader.Read(yaml, map), yaml.Text(map, "site_url"))
        {
            OutsideLinks = outsideLinks,
            AllowedHosts = yaml.List(map, "allowed_hosts").Select(h => h.Value.ToLowerInvariant()).Where(h => h.Length > 0).ToList(),
            AcronymsIgnore = yaml.List(map, "acronyms_ignore"),
            Versions = versions,
        };
    }

    public static List<Lead> ReadLeads(YamlReader yaml, string text)
    {
        var map = yaml.ParseMapping(text, new SourceLocation(yaml.DisplayPath, 1, 1), "leads.yml");
        if (map is null) return [];
        var leads = new List<Lead>();
        foreach (var (key, value) in yaml.Entries(map))
        {
            if (value is YamlScalarNode scalar)
            {
                // Short form: `psw: Principal Social Worker`.
                leads.Add(new Lead(key, YamlReader.IsBlank(scalar) ? null : scalar.Value, null, null, null, []));
                continue;
            }
            if (value is not YamlMappingNode entry)
            {
                yaml.Diagnostics.Report(Codes.WrongShape, yaml.At(value), $"lead '{key.Value}' must be a set of keys such as 'title:'");
                continue;
            }
            leads.Add(new Lead(key,
                yaml.Text(entry, "title")?.Value,
                yaml.Text(entry, "name")?.Value,
                yaml.Text(entry, "service")?.Value,
                yaml.Text(entry, "email")?.Value,
                yaml.List(entry, "aliases").Select(a => a.Value).ToList()));
        }
        return leads;
    }

    public static List<GlossaryEntry> ReadGlossary(YamlReader yaml, string text)
    {
        var map = yaml.ParseMapping(text, new SourceLocation(yaml.DisplayPath, 1, 1), "glossary.yml");
        if (map is null) return [];
        var entries = new List<GlossaryEntry>();
        foreach (var (term, value) in yaml.Entries(map))
        {
            switch (value)
            {
                case YamlScalarNode scalar:
                    entries.Add(new GlossaryEntry(term, YamlReader.IsBlank(scalar) ? null : scalar.Value, null, null));
                    break;
                case YamlMappingNode entry:
                    entries.Add(new GlossaryEntry(term,
                        yaml.Text(entry, "expansion")?.Value,
                        yaml.Text(entry, "definition")?.Value,
                        yaml.Text(entry, "see")));
                    break;
                default:
                    yaml.Diagnostics.Report(Codes.WrongShape, yaml.At(value), $"glossary term '{term.Value}' must be an expansion or a set of keys");
                    break;
            }
        }
        return entries;
    }
}
