using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>GV030: a publishing profile (or the site's address) in site.yml is set wrongly.</summary>
public sealed class ProfileSettingsRule : IRule
{
    public DiagnosticCode Code => Codes.ProfileSettings;

    public void Check(ValidationContext context)
    {
        var settings = context.Site.Settings;
        CheckSiteUrl(context, settings.SiteUrl);
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var profile in settings.DeclaredProfiles ?? [])
        {
            var name = profile.Name.Value;
            if (!Slug.IsId(name))
                context.Report(this, profile.Name.Location, $"profile name '{name}' is not valid", "Use lower-case letters, digits and hyphens only, e.g. 'partnership'");
            if (profile.Audiences.Count == 0)
                context.Report(this, profile.Name.Location, $"profile '{name}' has no audiences", "Add 'audiences: [partnership, public]' naming who the edition is for");
            foreach (var audience in profile.Audiences.Where(a => AudienceNames.Parse(a.Value) is null))
                context.Report(this, audience.Location, $"'{audience.Value}' is not an audience", "Use internal, partnership or public");
            CheckHome(context, profile);
            CheckSiteUrl(context, profile.SiteUrl);
            if (profile.Output is { } output && !outputs.TryAdd(Path.GetFullPath(output.Value), name))
                context.Report(this, output.Location, $"profile '{name}' writes to '{output.Value}', as profile '{outputs[Path.GetFullPath(output.Value)]}' does",
                    "Give each profile its own output folder, so one edition never replaces another");
        }
    }

    private void CheckHome(ValidationContext context, Profile profile)
    {
        if (profile.Home is not { } home) return;
        var page = context.Site.FindPage(home.Value);
        if (page is null)
            context.Report(this, home.Location, $"profile '{profile.Name.Value}' names home page '{home.Value}', which does not exist",
                Suggest.DidYouMean(home.Value, context.Site.Pages.Select(p => p.Id.Value), "Name the id of a page written for this edition"));
        else if (!profile.Includes(page.Meta.AudienceValue))
            context.Report(this, home.Location, $"home page '{home.Value}' is for the {page.Meta.AudienceValue.ToString().ToLowerInvariant()} audience, which profile '{profile.Name.Value}' leaves out",
                $"Set 'audience:' on {page.DisplayPath} to one the profile includes, or choose another home page");
    }

    private void CheckSiteUrl(ValidationContext context, Located<string>? siteUrl)
    {
        if (siteUrl is null) return;
        if (!Uri.TryCreate(siteUrl.Value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.PathAndQuery != "/" || uri.Fragment.Length > 0)
            context.Report(this, siteUrl.Location, $"site_url '{siteUrl.Value}' is not a web address of the form https://host",
                "Give only the scheme and host, e.g. 'https://intranet.example.org'; the path belongs in base_path");
    }
}
