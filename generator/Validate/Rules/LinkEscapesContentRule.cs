using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>GV023: a relative link climbs out of the content folder.</summary>
public sealed class LinkEscapesContentRule : IRule
{
    public DiagnosticCode Code => Codes.LinkEscapesContent;

    public void Check(ValidationContext context)
    {
        foreach (var (_, link, _) in BodyLinks.Resolved(context, LinkKind.EscapesContent))
        {
            context.Report(this, link.Location, $"link '{link.Url}' points outside the content folder",
                "Link only to pages and to files under static/ in the content folder");
        }
    }
}
