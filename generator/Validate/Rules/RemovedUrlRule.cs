using Guidance.Diagnostics;
using Guidance.Edition;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>
/// GV032: a URL the profile published at its last good build is no longer published, so a link a
/// manager pasted into a child's record would break. An alias keeps it working.
/// </summary>
public sealed class RemovedUrlRule : IRule
{
    public DiagnosticCode Code => Codes.RemovedUrl;

    public bool ChecksEdition => true;

    public void Check(ValidationContext context)
    {
        if (context.Publishing is not { Previous: { } previous } publishing) return;
        var current = publishing.Current.ByUrl;
        foreach (var old in previous.ByUrl.Values.Where(e => !current.ContainsKey(e.Url)))
        {
            var heir = context.Site.FindPage(old.Id) ?? context.Site.PagesByPath.GetValueOrDefault(old.File);
            // A page that merely failed to load is not gone: an alias would be the wrong fix.
            if (heir is null && (context.Site.UnloadedAt(old.File) ?? context.Site.UnloadedWithId(old.Id)) is { } unloaded)
            {
                context.ReportFollowOn(this, unloaded, old.Location ?? context.Site.Settings.Location,
                    $"'{old.Url}' was published for page '{old.Id}', which failed to load, so it would not be published");
                continue;
            }
            var at = heir?.Meta.Start ?? old.Location ?? context.Site.Settings.Location;
            var where = heir is null ? "the page that replaces it" : $"{heir.DisplayPath}";
            var message = $"'{old.Url}' was published for page '{old.Id}' ({old.File}) and is no longer, so links to it saved in records would break";
            if (publishing.AcceptRemovals)
                context.Report(this, Severity.Warning, at, message, "Recorded as removed on purpose (--accept-removals)");
            else if (heir is not null && !publishing.Scope.Includes(heir))
                // The page is still there but this edition no longer carries it: an alias cannot help.
                context.Report(this, at, message,
                    $"Page '{heir.Id.Value}' is now for the {heir.Meta.AudienceValue.ToString().ToLowerInvariant()} audience, which profile '{publishing.Scope.Profile.Name.Value}' leaves out; set 'audience:' back, or build with --accept-removals if it is withdrawn on purpose");
            else
                context.Report(this, at, message,
                    $"Keep it working by adding 'aliases: [{old.Url}]' to the front matter of {where}, or build with --accept-removals if it is gone on purpose");
        }
    }
}
