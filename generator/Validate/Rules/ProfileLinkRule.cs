using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>
/// GV031: in a profile's build, a page of the edition links to a page the edition leaves out, so the
/// reader would meet a dead link. Checked at the link, only when building a profile.
/// </summary>
public sealed class ProfileLinkRule : IRule
{
    public DiagnosticCode Code => Codes.ProfileLink;

    public bool ChecksEdition => true;

    public void Check(ValidationContext context)
    {
        // An edition of every audience has nothing to leave out, so its links need no second look.
        if (context.Publishing?.Scope is not { Profile.IsRestricted: true } scope) return;
        foreach (var (page, link, resolved) in BodyLinks.Resolved(context, LinkKind.Page))
        {
            if (!scope.Includes(page) || link.InternalOnly || resolved.Target is not { } target || scope.Includes(target)) continue;
            context.Report(this, link.Location,
                $"link '{link.Url}' goes to '{target.Id.Value}' ({target.Meta.AudienceValue.ToString().ToLowerInvariant()}), which profile '{scope.Profile.Name.Value}' does not publish",
                $"Write the link as [text]({link.Url}){{.internal-only}} to show its words with a note that the page is on the staff intranet, or set the audience of {target.DisplayPath} to one the profile includes");
        }
    }
}
