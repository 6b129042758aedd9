using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>GV024: a link uses a scheme that can run code or smuggle content (javascript:, data:, vbscript:, file:).</summary>
public sealed class UnsafeLinkRule : IRule
{
    public DiagnosticCode Code => Codes.UnsafeLink;

    public void Check(ValidationContext context)
    {
        foreach (var (_, link, _) in BodyLinks.Resolved(context, LinkKind.Unsafe))
        {
            context.Report(this, link.Location, $"link '{link.Url}' uses a scheme that is not allowed",
                "Use an http, https, mailto or tel link, or a relative link to a page");
        }
    }
}
