using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>GV004: a value outside its allowed form: page and lead ids, page type names, audience.</summary>
public sealed class InvalidValueRule : IRule
{
    public DiagnosticCode Code => Codes.InvalidValue;

    public void Check(ValidationContext context)
    {
        foreach (var page in context.Site.Pages)
        {
            if (!Slug.IsId(page.Id.Value))
                context.Report(this, page.Id.Location, $"page id '{page.Id.Value}' is not valid",
                    page.Meta.Id is null
                        ? "Rename the file using lower-case letters, digits and hyphens, or set 'id:' in the front matter"
                        : "Use lower-case letters, digits and hyphens only, e.g. 'strategy-meetings'");
            if (page.Meta.Type is { } type && PageTypes.FromName(type.Value) is null)
                context.Report(this, type.Location, $"'{type.Value}' is not a page type", $"Use one of: {PageTypes.Names}");
            if (page.Meta.Audience is { } audience && AudienceNames.Parse(audience.Value) is null)
                context.Report(this, audience.Location, $"'{audience.Value}' is not an audience", "Use internal, partnership or public");
        }
        foreach (var lead in context.Site.Leads.Where(l => !Slug.IsId(l.Id.Value)))
            context.Report(this, lead.Id.Location, $"lead id '{lead.Id.Value}' is not valid", "Use lower-case letters, digits and hyphens only, e.g. 'head-of-mash'");
    }
}
