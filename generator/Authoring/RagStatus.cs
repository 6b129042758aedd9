using Guidance.Model;

namespace Guidance.Authoring;

/// <summary>
/// Reads a plan table's RAG or status cell as a status of the content contract. Boards colour their
/// actions (Red, Amber, Green, and Blue for done, as B-RAG ratings do) or write the status out.
/// </summary>
public static class RagStatus
{
    private static readonly Dictionary<string, ActionStatus> Words = new(StringComparer.Ordinal)
    {
        ["red"] = ActionStatus.OffTrack, ["r"] = ActionStatus.OffTrack, ["off track"] = ActionStatus.OffTrack,
        ["behind"] = ActionStatus.OffTrack, ["not on track"] = ActionStatus.OffTrack,
        ["amber"] = ActionStatus.AtRisk, ["a"] = ActionStatus.AtRisk, ["at risk"] = ActionStatus.AtRisk,
        ["green"] = ActionStatus.OnTrack, ["g"] = ActionStatus.OnTrack, ["on track"] = ActionStatus.OnTrack,
        ["in progress"] = ActionStatus.OnTrack, ["ongoing"] = ActionStatus.OnTrack,
        ["blue"] = ActionStatus.Complete, ["b"] = ActionStatus.Complete, ["complete"] = ActionStatus.Complete,
        ["completed"] = ActionStatus.Complete, ["done"] = ActionStatus.Complete, ["achieved"] = ActionStatus.Complete,
        ["not started"] = ActionStatus.NotStarted, ["not yet started"] = ActionStatus.NotStarted,
    };

    /// <summary>The words it reads, for the note that reports a value it does not.</summary>
    public const string Known = "Red, Amber, Green, Blue or Complete, On track, At risk, Off track, Not started";

    /// <summary>The status a cell names ("Amber", "GREEN", "Complete.", "off-track"), or null when it names none.</summary>
    public static ActionStatus? Read(string cell)
    {
        var words = string.Join(' ', cell.ToLowerInvariant().Replace('-', ' ').Replace('_', ' ').Trim(' ', '.', '!')
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Words.TryGetValue(words, out var status) ? status : null;
    }
}
