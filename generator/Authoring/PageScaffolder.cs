using System.Globalization;
using System.Text;
using Guidance.Model;

namespace Guidance.Authoring;

/// <summary>
/// Writes the front matter and skeleton body of a new page of each type, in house style, so an
/// author starts from a page that already passes <c>guidance check</c> once its owner is a real lead.
/// </summary>
public static class PageScaffolder
{
    /// <summary>The owner written when none is given: it looks like a lead id, so check reports it (GV008) until replaced.</summary>
    public const string PlaceholderOwner = "owner-to-confirm";

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

    /// <summary>A page id from a title: lower case letters and digits, hyphens between words.</summary>
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
        return id.Length == 0 ? "page" : id;
    }

    /// <summary><paramref name="id"/>, or the first of id-2, id-3 ... that is not taken.</summary>
    public static string Unique(string id, Func<string, bool> taken)
    {
        if (!taken(id)) return id;
        var n = 2;
        while (taken($"{id}-{n}")) n++;
        return $"{id}-{n}";
    }

    public static string Render(PageType type, string title, string owner, DateOnly today)
    {
        var sb = new StringBuilder("---\n");
        if (type == PageType.Page) sb.Append("type: page\n");
        sb.Append("title: ").Append(YamlText.Quote(title)).Append('\n');
        sb.Append("summary: ").Append(YamlText.Quote("One sentence saying what this page is for and who needs it.")).Append('\n');
        sb.Append("owner: ").Append(YamlText.IdOrQuoted(owner)).Append('\n');
        sb.Append("reviewed: ").Append(Dates.Iso(today)).Append('\n');
        if (type != PageType.Plan) sb.Append("review_due: ").Append(Dates.Iso(today.AddYears(1))).Append('\n');
        sb.Append("tags: []\n");
        AppendTypeFields(sb, type, owner);
        sb.Append("---\n");
        foreach (var section in Sections[type]) sb.Append("## ").Append(section).Append("\n\n\n");
        return sb.ToString().TrimEnd('\n') + "\n";
    }

    private static void AppendTypeFields(StringBuilder sb, PageType type, string owner)
    {
        switch (type)
        {
            case PageType.Panel:
                sb.Append("chair: ").Append(YamlText.IdOrQuoted(owner)).Append('\n');
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
                sb.Append("    outcomes: []\n    measures: []\n    actions:\n");
                sb.Append("      - id: \"1.1\"\n        action: ").Append(YamlText.Quote("What will be done")).Append('\n');
                sb.Append("        leads: [").Append(YamlText.IdOrQuoted(owner)).Append("]\n");
                sb.Append("        due: ongoing\n        guidance: []\n");
                break;
        }
    }
}
