using Guidance.Diagnostics;
using Guidance.Load;
using Guidance.Model;

namespace Guidance.Edition;

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
            ? RegistryLoader.ReadSettings(new YamlReader(path, 0, new DiagnosticBag()), File.ReadAllText(path))
            : new SiteSettings(new SourceLocation(path, 1, 1), null, null, null);
        return settings.Profiles;
    }
}
