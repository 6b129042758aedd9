using Guidance.Load;
using Guidance.Model;

namespace Guidance.Publish;

/// <summary>
/// The profiles of a content folder read from site.yml alone, so the command line can tell which
/// editions to build and where each goes before any page is loaded. Problems in site.yml are reported
/// by the build itself.
/// </summary>
public static class ProfileList
{
    public static IReadOnlyList<Profile> Read(string contentDir)
    {
        var path = Path.Combine(contentDir, SiteLoader.SiteFile);
        var settings = File.Exists(path)
            ? RegistryLoader.ReadSettings(new YamlReader(path, 0, new Diagnostics()), File.ReadAllText(path))
            : new SiteSettings(new SourceLocation(path, 1, 1), null, null, null);
        return settings.Profiles;
    }

    /// <summary>A profile's output folder: its <c>output</c>, else <c>output</c> for the first profile and <c>output-NAME</c> for the others.</summary>
    public static string OutputOf(IReadOnlyList<Profile> profiles, Profile profile) =>
        profile.Output?.Value ?? (profile == profiles[0] ? "output" : "output-" + profile.Name.Value);
}
