using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>
/// GV160 (warning): a site built to be published has no <c>site_url</c>, so its sitemap, feed and
/// canonical links carry only paths, which the sitemap and Atom standards do not accept, and a
/// citation copied without JavaScript has no host. Reported once, at site.yml.
/// </summary>
public sealed class SiteUrlMissingRule : IRule
{
    public DiagnosticCode Code => Codes.SiteUrlMissing;

    public bool ChecksEdition => true;

    public void Check(ValidationContext context)
    {
        if (context.Publishing is not { ForPublishing: true } publishing) return;
        if (publishing.Edition.Settings.Origin.Length > 0) return;
        var profile = publishing.Scope.Profile;
        var edition = profile.Name.Value == Profile.ImplicitName ? "site.yml gives no site_url" : $"no site_url for the {profile.Name.Value} edition";
        context.Report(this, profile.Name.Location,
            $"{edition}: the sitemap, the feed, canonical links and citations will hold paths such as /standards/supervision/, not full addresses",
            "Add the site's address to site.yml, e.g. 'site_url: https://intranet.example.org' (scheme and host only; the path stays in base_path), or give the profile its own 'site_url:'");
    }
}
