using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>GV022: a link's #anchor names a heading its target page does not have.</summary>
public sealed class BodyAnchorRule : IRule
{
    public DiagnosticCode Code => Codes.BodyAnchor;

    public void Check(ValidationContext context)
    {
        foreach (var (_, link, resolved) in BodyLinks.Resolved(context, LinkKind.MissingAnchor))
        {
            var target = resolved.Target!;
            context.Report(this, link.Location, $"link '{link.Url}' names '#{resolved.Anchor}', which is not a heading of {target.DisplayPath}",
                Suggest.DidYouMean(resolved.Anchor!, target.Headings.Select(h => h.Anchor), "Use one of the page's heading anchors (lower case, spaces as hyphens, punctuation dropped)"));
        }
    }
}
