using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>GV003: a field the contract requires is missing (title; owner and review_due by type; panel, plan and lead fields).</summary>
public sealed class RequiredFieldsRule : IRule
{
    public DiagnosticCode Code => Codes.RequiredFields;

    public void Check(ValidationContext context)
    {
        var site = context.Site;
        if (site.Settings.Title is null && File.Exists(Path.Combine(site.ContentRoot, "site.yml")))
            context.Report(this, site.Settings.Location, "site.yml has no 'title'", "Add 'title: Your site title'");

        foreach (var page in site.Pages)
        {
            var m = page.Meta;
            Require(context, page, m.Title, "title", "Add 'title:' with the page's heading");
            if (page.Type != PageType.Page)
                Require(context, page, m.Owner, "owner", "Add 'owner:' with the id of the lead in leads.yml who owns this page");
            if (page.Type is not (PageType.Page or PageType.Plan))
                Require(context, page, m.ReviewDue, "review_due", "Add 'review_due: YYYY-MM-DD', the date this page must next be reviewed by");
            if (page.Panel is { } panel)
            {
                Require(context, page, panel.Chair, "chair", "Add 'chair:' with the lead id of the person who chairs it");
                Require(context, page, panel.Frequency, "frequency", "Add 'frequency:', e.g. 'Monthly'");
            }
            if (page.Type == PageType.Continuum && page.Levels.Count == 0)
                context.Report(this, m.Start, $"continuum page '{page.Id.Value}' has no 'levels'", "Add 'levels:' with one entry per level of need");
            if (page.Plan is { } plan) CheckPlan(context, page, plan);
        }

        foreach (var lead in site.Leads.Where(l => l.Title is null))
            context.Report(this, lead.Id.Location, $"lead '{lead.Id.Value}' has no 'title'", "Add 'title:' with the role, e.g. 'Principal Social Worker'");
    }

    private void CheckPlan(ValidationContext context, Page page, Plan plan)
    {
        if (plan.Areas.Count == 0)
            context.Report(this, page.Meta.Start, $"plan '{page.Id.Value}' has no 'areas'", "Add 'areas:' with each area's number, title and actions");
        foreach (var area in plan.Areas)
        {
            if (area.Title is null) context.Report(this, area.Location, "a plan area has no 'title'", "Add 'title:' with what needs to improve");
            foreach (var action in area.Actions)
            {
                if (action.Id is null) context.Report(this, action.Location, "a plan action has no 'id'", "Add 'id:', e.g. \"3.10\", unique in the plan");
                if (action.Text is null) context.Report(this, action.Location, $"action {action.Label} has no 'action' text", "Add 'action:' saying what will be done");
            }
        }
    }

    private void Require(ValidationContext context, Page page, Located<string>? value, string key, string hint)
    {
        if (value is not null || page.Meta.Misshapen.Contains(key)) return;
        var written = page.Meta.Keys.Contains(key);
        context.Report(this, page.Meta.Start,
            written ? $"'{key}' is empty on page '{page.Id.Value}'" : $"page '{page.Id.Value}' has no '{key}'", hint);
    }
}
