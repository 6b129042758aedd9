using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>
/// GV046: a Markdown image shows content from another host, or a link leaves out its scheme
/// (<c>//host/...</c>), and site.yml's <c>allowed_hosts</c> does not name the host. Raw HTML gets the
/// same policy through the sanitiser (GV025).
/// </summary>
public sealed class ExternalContentRule : IRule
{
    public const string Code = "GV046";
    string IRule.Code => Code;
    public Severity Severity => Severity.Error;
    public string Description => "An image from another host, or a link without its scheme (//host/...), that site.yml's allowed_hosts does not name.";

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
