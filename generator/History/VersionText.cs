using System.Text;
using Guidance.Model;

namespace Guidance.History;

/// <summary>
/// What a reader sees of a version, as paragraphs for the word diff between versions: the title, the
/// summary, the body; and on a plan, each area and each action with its leads, due date, status and
/// latest update, so the Improvement Board sees what changed in the plan since it last met, not only
/// in its introduction.
/// </summary>
public static class VersionText
{
    public static string Of(Page page)
    {
        var text = new StringBuilder($"# {page.Title}\n\n{page.Meta.Summary?.Value}\n\n{page.BodyText}");
        foreach (var area in page.Plan?.Areas ?? [])
        {
            text.Append($"\n\n## Area {area.Number?.Value}: {area.Title}");
            foreach (var action in area.Actions)
            {
                text.Append($"\n\nAction {action.Label}: {action.Text} Leads: {string.Join(", ", action.Leads.Select(l => l.Value))}. Due: {action.Due?.Value}. Status: {ActionStatuses.Label(action.StatusValue)}.");
                if (action.History.Count > 0 && action.History[^1] is var update) text.Append($" Latest update, {update.Date?.Value}: {update.Note?.Value}");
            }
        }
        return text.ToString();
    }
}
