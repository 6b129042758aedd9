using System.Globalization;
using System.Text;
using Guidance.Model;

namespace Guidance.Authoring;

/// <summary>
/// Writes the front matter and skeleton body of a new page of each type, in house style, so an
/// author starts from a page that passes <c>guidance check</c> as it is: what nobody has decided yet
/// (an owner, a chair, a plan's actions) is left as a placeholder check warns about, never an error.
/// </summary>
public static class PageScaffolder
{
    /// <summary>The owner or chair written when none is given: not a lead id, so check warns (GV150) until it is named.</summary>

    private static readonly Dictionary<PageType, string[]> Sections = new()
    {
        [PageType.Standard] = ["Purpose", "Who this is for", "What to do", "Recording", "Related guidance"],
        [PageType.Guide] = ["What it is", "When", "Who", "How", "Where next"],
        [PageType.Panel] = ["Purpose", "Membership", "How a case comes to the panel", "Decisions and recording", "Related guidance"],
        [PageType.Continuum] = ["How to use the continuum", "Stepping up and stepping down", "Related guidance"],
        [PageType.Plan] = ["How we will know it is working", "Governance"],
        [PageType.Strategy] = ["Purpose", "What we know", "Our priorities", "How we will know it is working", "Related guidance"],
        [PageType.Page] = ["About this page"],
    };

    private static readonly string[] Levels = ["Universal", "Additional needs", "Complex needs", "Acute needs"];

    /// <summary>A page id from a title: lower case letters and digits, hyphens between words; empty when the title has none.</summary>
    public static string IdFrom(string title)
    {
        var sb = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(c);
            else if (c is '\'' or '\u2019' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var id = sb.ToString().Trim('-');
        if (id.Length > 60) id = id[..60].TrimEnd('-');
        return id;
    }

    /// <summary><paramref name="id"/>, or the first of id-2, id-3 ... that is not taken.</summary>
    public static string Unique(string id, Func<string, bool> taken)
    {
        if (!taken(id)) return id;
        var n = 2;
        while (taken($"{id}-{n}")) n++;
        return $"{id}-{n}";
    }

    /// <summary>Whether pages of a type must name an owner: every type but a plain page.</summary>
    public static bool NeedsOwner(PageType type) => type != PageType.Page;

    /// <param name="owner">The owner's lead id, or null for none given (a placeholder, where the type needs one).</param>
    public static string Render(PageType type, string title, string? owner, DateOnly today)
    {
        var sb = new StringBuilder("---\n");
        if (type == PageType.Page) sb.Append("type: page\n");
        sb.Append("title: ").Append(YamlText.Quote(title)).Append('\n');
        sb.Append("summary: ").Append(YamlText.Quote("One sentence saying what this page is for and who needs it.")).Append('\n');
        if (owner is not null || NeedsOwner(type)) sb.Append("owner: ").Append(YamlText.IdOrQuoted(owner ?? LeadPlaceholders.ToConfirm)).Append('\n');
        sb.Append("reviewed: ").Append(Dates.Iso(today)).Append('\n');
        if (type != PageType.Plan) sb.Append("review_due: ").Append(Dates.Iso(today.AddYears(1))).Append('\n');
        sb.Append("tags: []\n");
        AppendTypeFields(sb, type, owner, today);
        sb.Append("---\n");
        foreach (var section in Sections[type]) sb.Append("## ").Append(section).Append("\n\n\n");
        return sb.ToString().TrimEnd('\n') + "\n";
    }

    private static void AppendTypeFields(StringBuilder sb, PageType type, string? owner, DateOnly today)
    {
        switch (type)
        {
            case PageType.Panel:
                sb.Append("chair: ").Append(YamlText.IdOrQuoted(owner ?? LeadPlaceholders.ToConfirm)).Append('\n');
                sb.Append("frequency: Monthly\n");
                sb.Append("members: []\n");
                sb.Append("quorum:\nreferral:\ndecisions:\n");
                break;
            case PageType.Continuum:
                sb.Append("levels:\n");
                for (var i = 0; i < Levels.Length; i++)
                {
                    sb.Append("  - level: ").Append(i + 1).Append('\n');
                    sb.Append("    name: ").Append(YamlText.Quote(Levels[i])).Append('\n');
                    sb.Append("    summary:\n    indicators: []\n    response:\n");
                }
                break;
            case PageType.Plan:
                sb.Append("areas:\n");
                sb.Append("  - number: 1\n    title: ").Append(YamlText.Quote("What needs to improve")).Append('\n');
                sb.Append("    outcomes: []\n    measures: []\n");
                // An action needs a named lead and a guidance page (errors otherwise), which only the
                // plan's author knows: the area starts empty (a warning) with an action to copy.
                sb.Append("    actions: []\n");
                sb.Append("    # Replace 'actions: []' with the area's actions, for example:\n");
                sb.Append("    # actions:\n");
                sb.Append("    #   - id: \"1.1\"\n");
                sb.Append("    #     action: What will be done.\n");
                sb.Append("    #     leads: [").Append(owner is not null && Slug.IsId(owner) ? owner : "lead-id").Append("]\n");
                sb.Append("    #     due: ").Append(today.AddYears(1).ToString("yyyy-MM", CultureInfo.InvariantCulture)).Append('\n');
                sb.Append("    #     guidance: [page-id]\n");
                break;
        }
    }
}
