using Guidance.Model;

namespace Guidance.Edition;

/// <summary>
/// Which pages of the whole site one profile publishes: those whose audience it includes. A profile
/// with its own <c>home:</c> page shows that page as its home instead of <c>index.md</c>, and a page that
/// is another profile's home belongs to that profile only.
/// </summary>
public sealed class ProfileScope
{
    private readonly HashSet<Page> _pages;

    public ProfileScope(Site site, Profile profile)
    {
        Profile = profile;
        var homes = site.Settings.Profiles.Where(p => p.Home is not null).Select(p => p.Home!.Value).ToHashSet(StringComparer.Ordinal);
        Home = profile.Home is { } home ? site.FindPage(home.Value) : null;
        _pages = site.Pages
            .Where(p => p == Home || (profile.Includes(p.Meta.AudienceValue)
                && !homes.Contains(p.Id.Value)
                && !(Home is not null && p.IsHome)))
            .ToHashSet();
    }

    public Profile Profile { get; }

    /// <summary>The page the profile shows as its home page instead of the site's <c>index.md</c>, if it names one.</summary>
    public Page? Home { get; }

    public bool Includes(Page page) => _pages.Contains(page);
}
