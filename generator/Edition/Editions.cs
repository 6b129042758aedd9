using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Edition;

/// <summary>
/// The edition stage: which profile is built (the one named, else the first site.yml declares), the
/// pages it publishes, and what it published at its last good build. Every command chooses an edition
/// here, so a name that is not a profile is refused the same way everywhere.
/// </summary>
public static class Editions
{
    /// <summary>The profile named, or the first one declared (the implicit one when site.yml declares none).</summary>
    /// <exception cref="ProfileException">No profile has that name (exit code 2).</exception>
    public static Profile Profile(IReadOnlyList<Profile> profiles, string? name)
    {
        if (name is null) return profiles[0];
        return profiles.FirstOrDefault(p => p.Name.Value == name)
            ?? throw new ProfileException($"there is no profile named '{name}' in site.yml; it has {string.Join(", ", profiles.Select(p => p.Name.Value))}");
    }

    /// <summary>The profile to build, its edition of the site, and what it published at its last good build.</summary>
    /// <param name="manifest">The file of published URLs (<see cref="PublishedManifest"/>).</param>
    /// <param name="forPublishing">The site is being built to be put up, not checked or previewed.</param>
    public static PublishingContext Choose(Site whole, string? profileName, string manifest, bool acceptRemovals, bool forPublishing, DiagnosticBag diagnostics)
    {
        var scope = new ProfileScope(whole, Profile(whole.Settings.Profiles, profileName));
        var previous = PublishedManifest.Read(manifest, manifest.Replace('\\', '/'), diagnostics);
        return new PublishingContext(scope, ProfileSite.Select(whole, scope), previous, acceptRemovals) { ForPublishing = forPublishing };
    }

    /// <summary>A profile's output folder: its <c>output</c>, else <c>output</c> for the first profile and <c>output-NAME</c> for the others.</summary>
    public static string OutputOf(IReadOnlyList<Profile> profiles, Profile profile) =>
        profile.Output?.Value ?? (profile == profiles[0] ? "output" : "output-" + profile.Name.Value);
}

/// <summary>The command asked for a profile the site does not have (exit code 2).</summary>
public sealed class ProfileException(string message) : Exception(message);
