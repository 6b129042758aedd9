using System.Text;

namespace Guidance.Bench.Corpus;

/// <summary>
/// Writes one planned page: front matter for its type, then a body with headings, paragraphs, lists,
/// tables, glossary acronyms and relative links (some with anchors) to other planned pages. A page's
/// text depends only on the plan, the seed and its own index.
/// </summary>
internal sealed class PageWriter(IReadOnlyList<PlannedPage> pages, ulong seed)
{
    public const int StaticForms = 3;

    private readonly PlannedPage[] _guidance = pages.Where(p => p.Type is not "plan" && p.Id != "index").ToArray();
    private readonly PlannedPage[] _panels = pages.Where(p => p.Type == "panel").ToArray();

    public string Write(PlannedPage page)
    {
        var rng = Rng.For(seed, 2, page.Index);
        var sb = new StringBuilder(6000);
        FrontMatter(sb, page, rng);
        Body(sb, page, rng);
        return sb.ToString();
    }

    private void FrontMatter(StringBuilder sb, PlannedPage page, Rng rng)
    {
        sb.Append("---\n");
        if (page.Id != "index" && rng.Chance(50)) sb.Append("id: ").Append(page.Id).Append('\n');
        sb.Append("title: ").Append(Q(page.Title)).Append('\n');
        sb.Append("summary: ").Append(Q(Sentence(rng, links: false, page))).Append('\n');
        if (page.Id == "index") { sb.Append("---\n"); return; }
        sb.Append("owner: ").Append(rng.Pick(Words.Leads).Id).Append('\n');
        sb.Append("audience: ").Append(rng.Pick(["internal", "internal", "partnership", "public"])).Append('\n');
        sb.Append($"reviewed: 2026-{rng.Between(1, 9):00}-{rng.Between(1, 28):00}\n");
        if (page.Type != "plan") sb.Append($"review_due: 2028-{rng.Between(1, 12):00}-{rng.Between(1, 28):00}\n");
        sb.Append("tags: [").Append(string.Join(", ", rng.PickDistinct(Words.Tags, rng.Between(1, 3)))).Append("]\n");
        if (rng.Chance(10)) sb.Append("aliases: [/old/").Append(page.Id).Append("/]\n");
        sb.Append("related: [").Append(string.Join(", ", Enumerable.Range(0, 2).Select(_ => Ref(rng, page)))).Append("]\n");
        switch (page.Type)
        {
            case "panel": Panel(sb, rng); break;
            case "continuum": Continuum(sb, rng); break;
            case "plan": Plan(sb, rng, page); break;
        }
        sb.Append("---\n");
    }

    private static void Panel(StringBuilder sb, Rng rng)
    {
        var members = rng.PickDistinct(Words.Leads, 3).Select(l => l.Id).Append(Q("Police child abuse investigation team"));
        sb.Append("chair: ").Append(rng.Pick(Words.Leads).Id).Append('\n');
        sb.Append("frequency: ").Append(rng.Pick(Words.Frequencies)).Append('\n');
        sb.Append("members: [").Append(string.Join(", ", members)).Append("]\n");
        sb.Append("quorum: ").Append(Q("Chair plus two heads of service")).Append('\n');
        sb.Append("referral: ").Append(Q($"The team manager books a slot {rng.Pick(Words.Timescales)} after a legal gateway discussion.")).Append('\n');
        sb.Append("decisions: ").Append(Q("What the panel decides, recorded on the child's file by the chair.")).Append('\n');
    }

    private static void Continuum(StringBuilder sb, Rng rng)
    {
        sb.Append("levels:\n");
        for (var level = 1; level <= Words.Levels.Length; level++)
        {
            sb.Append($"  - level: {level}\n    name: {Q(Words.Levels[level - 1])}\n");
            sb.Append($"    summary: {Q($"Needs at level {level}.")}\n    indicators:\n");
            foreach (var domain in Words.Domains)
                sb.Append($"      {domain}: [{Q(rng.Pick(Words.Topics) + " needs support")}, {Q("Concerns about " + rng.Pick(Words.Nouns))}]\n");
            sb.Append($"    response: {Q($"Response at level {level}: {rng.Pick(Words.Verbs)} {rng.Pick(Words.Nouns)} {rng.Pick(Words.Timescales)}.")}\n");
        }
    }

    private void Plan(StringBuilder sb, Rng rng, PlannedPage page)
    {
        sb.Append("areas:\n");
        for (var area = 1; area <= 8; area++)
        {
            sb.Append($"  - number: {area}\n    title: {Q(rng.Pick(Words.Topics))}\n");
            sb.Append($"    outcomes: [{Q($"Children benefit from better {rng.Pick(Words.Topics).ToLowerInvariant()}")}]\n");
            sb.Append($"    measures: [{Q($"Number and % of {rng.Pick(Words.Nouns)} done {rng.Pick(Words.Timescales)}")}]\n");
            sb.Append("    actions:\n");
            var actions = rng.Between(6, 9);
            for (var n = 1; n <= actions; n++)
            {
                var leads = rng.PickDistinct(Words.Leads, rng.Between(1, 2)).Select(l => l.Id);
                var due = rng.Chance(25) ? rng.Pick(Words.RecurringDue) : $"{rng.Between(2027, 2031)}-{rng.Between(1, 12):00}";
                var guidance = Enumerable.Range(0, rng.Between(1, 3)).Select(_ => Ref(rng, page));
                sb.Append($"      - id: \"{area}.{n}\"\n");
                sb.Append($"        action: {Q(Sentence(rng, links: false, page))}\n");
                sb.Append($"        leads: [{string.Join(", ", leads)}]\n");
                sb.Append($"        due: {due}\n");
                sb.Append($"        status: {rng.Pick(Words.Statuses)}\n");
                sb.Append($"        guidance: [{string.Join(", ", guidance)}]\n");
            }
        }
    }

    private void Body(StringBuilder sb, PlannedPage page, Rng rng)
    {
        if (page.Id == "index")
        {
            sb.Append("Welcome to the practice guidance. ").Append(Sentence(rng, links: true, page)).Append("\n\n");
            foreach (var heading in page.Headings)
            {
                sb.Append("## ").Append(heading.Text).Append("\n\n");
                foreach (var type in Words.HouseHeadings.Keys.Where(t => t != "plan"))
                    sb.Append("- ").Append(Link(page, pages.First(p => p.Type == type && p.Id != "index"), null)).Append('\n');
                sb.Append('\n');
            }
            return;
        }

        sb.Append(Paragraph(rng, page)).Append("\n\n");
        foreach (var heading in page.Headings)
        {
            sb.Append(heading.Level == 2 ? "## " : "### ").Append(heading.Text);
            if (heading.ExplicitAnchor is not null) sb.Append(" {#").Append(heading.ExplicitAnchor).Append('}');
            sb.Append("\n\n");
            if (heading.Text is "See also" or "Where next") { RelatedList(sb, rng, page); continue; }
            sb.Append(Paragraph(rng, page)).Append("\n\n");
            switch (rng.Next(6))
            {
                case 0: BulletList(sb, rng, page); break;
                case 1: Steps(sb, rng, page); break;
                case 2: Table(sb, rng); break;
                case 3: sb.Append("> **Remember:** ").Append(Sentence(rng, links: false, page)).Append("\n\n"); break;
            }
        }
    }

    private void RelatedList(StringBuilder sb, Rng rng, PlannedPage page)
    {
        for (var i = rng.Between(3, 5); i > 0; i--)
        {
            var target = rng.Pick(_guidance);
            var anchor = rng.Chance(60) ? rng.Pick(target.Headings).Anchor : null;
            sb.Append("- ").Append(Link(page, target, anchor)).Append('\n');
        }
        if (rng.Chance(20))
        {
            var form = rng.Between(1, StaticForms);
            sb.Append($"- [Referral form {form}]({Relative(page.Folder, $"static/forms/referral-form-{form}.pdf")})\n");
        }
        if (rng.Chance(20)) sb.Append("- [Working Together to Safeguard Children](https://www.gov.uk/government/publications/working-together-to-safeguard-children--2)\n");
        sb.Append('\n');
    }

    private void BulletList(StringBuilder sb, Rng rng, PlannedPage page)
    {
        for (var i = rng.Between(3, 6); i > 0; i--) sb.Append("- ").Append(Sentence(rng, links: true, page)).Append('\n');
        sb.Append('\n');
    }

    private void Steps(StringBuilder sb, Rng rng, PlannedPage page)
    {
        var steps = rng.Between(3, 5);
        for (var i = 1; i <= steps; i++) sb.Append(i).Append(". ").Append(Sentence(rng, links: i == 2, page)).Append('\n');
        sb.Append('\n');
    }

    private static void Table(StringBuilder sb, Rng rng)
    {
        sb.Append("| What | Who | When |\n| --- | --- | --- |\n");
        for (var i = rng.Between(2, 5); i > 0; i--)
        {
            var (_, title, _) = rng.Pick(Words.Leads);
            sb.Append($"| {Capital(rng.Pick(Words.Verbs))} {rng.Pick(Words.Nouns)} | {title} | {rng.Pick(Words.Timescales)} |\n");
        }
        sb.Append('\n');
    }

    private string Paragraph(Rng rng, PlannedPage page) =>
        string.Join(' ', Enumerable.Range(0, rng.Between(2, 5)).Select(_ => Sentence(rng, links: true, page)));

    /// <summary>One sentence; about one in four names a glossary acronym, and with links allowed about one in four links to another page.</summary>
    private string Sentence(Rng rng, bool links, PlannedPage page)
    {
        var sb = new StringBuilder();
        sb.Append(Capital(rng.Pick(Words.Verbs))).Append(' ').Append(rng.Pick(Words.Nouns)).Append(' ').Append(rng.Pick(Words.Timescales));
        if (rng.Chance(25))
        {
            var (term, _) = rng.Pick(Words.Acronyms);
            sb.Append(" and tell the ").Append(term).Append(" lead");
        }
        if (links && rng.Chance(25))
        {
            var target = rng.Pick(_guidance);
            if (target.Index == page.Index) sb.Append(", as [below](#").Append(rng.Pick(page.Headings).Anchor).Append(')');
            else if (rng.Chance(5)) sb.Append(", as in [").Append(target.Title).Append("](/").Append(UrlPath(target)).Append(')');
            else sb.Append(", as in ").Append(Link(page, target, rng.Chance(50) ? rng.Pick(target.Headings).Anchor : null));
        }
        return sb.Append('.').ToString();
    }

    /// <summary>A page ref for front matter: an id, half the time with a heading anchor.</summary>
    private string Ref(Rng rng, PlannedPage from)
    {
        var target = rng.Pick(_guidance);
        if (target.Index == from.Index) target = _guidance[(Array.IndexOf(_guidance, target) + 1) % _guidance.Length];
        return rng.Chance(50) ? $"{target.Id}#{rng.Pick(target.Headings).Anchor}" : target.Id;
    }

    private static string Link(PlannedPage from, PlannedPage to, string? anchor) =>
        $"[{to.Title}]({Relative(from.Folder, to.RelativePath)}{(anchor is null ? "" : "#" + anchor)})";

    /// <summary>The path from a folder to a file, both relative to the content folder, as an editor writes a link.</summary>
    public static string Relative(string fromFolder, string toPath)
    {
        var from = fromFolder.Length == 0 ? [] : fromFolder.Split('/');
        var to = toPath.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common]) common++;
        return string.Concat(Enumerable.Repeat("../", from.Length - common)) + string.Join('/', to[common..]);
    }

    /// <summary>The page's published address without base path, as the contract defines it.</summary>
    private static string UrlPath(PlannedPage page) => page.Type switch
    {
        "standard" => $"standards/{page.Id}/",
        "guide" => $"guides/{page.Id}/",
        "panel" => $"panels/{page.Id}/",
        "continuum" => $"continuum/{page.Id}/",
        "strategy" => $"strategies/{page.Id}/",
        _ => $"{page.Id}/",
    };

    public IEnumerable<string> PanelIds => _panels.Select(p => p.Id);

    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    private static string Q(string s) => "\"" + s + "\"";
}
