using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>
/// GV046: a Markdown image shows content from another host, or a link leaves out its scheme
/// (<c>//host/...</c>), and site.yml's <c>allowed_hosts</c> does not name the host. Raw HTML gets the
/// same policy through the sanitiser (GV025).
/// </summary>
public sealed class ExternalContentRule : IRule
{
    public DiagnosticCode Code => Codes.ExternalContent;

    public void Check(ValidationContext context)
    {
        var hosts = context.Site.Settings.AllowedHosts;
        foreach (var page in context.Site.Pages)
            foreach (var link in page.Links)
                if (UrlPolicy.Refusal(link.Url, link.IsImage, hosts) is { } refusal)
                    context.Report(this, link.Location, $"{(link.IsImage ? "image" : "link")} {refusal}",
                        link.IsImage
                            ? "Save the image in content/static/ and link to it there, or add its host to 'allowed_hosts:' in site.yml"
                            : "Write the link in full, starting https://");
    }
}
