using System.Text;
using Guidance.Markdown;
using Guidance.Markdown.Extensions;
using Guidance.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Guidance.Index.Search;

/// <summary>
/// Reads a page's search document from what the build already holds: the front matter and the Markdig
/// syntax tree render has just parsed (with its glossary terms marked). One pass over the tree, no
/// second parse and no HTML parsing, so indexing stays a small fraction of the build.
/// </summary>
public sealed class SearchDocumentReader(Site site)
{
    public SearchDocument Read(Page page, MarkdownDocument body)
    {
        var doc = new SearchDocument
        {
            Title = page.Title,
            Path = page.UrlPath,
            Type = page.Type,
            Summary = page.Meta.Summary?.Value,
            Tags = page.Meta.Tags.Select(t => t.Value.Replace('-', ' ')).ToList(),
        };
        AddCard(doc, page);
        var section = new SectionText(doc);
        Walk(body, section);
        section.Flush();
        return doc;
    }

    /// <summary>Gathers a section's text as the tree is walked and adds it to the document at each heading.</summary>
    private sealed class SectionText(SearchDocument doc)
    {
        public readonly StringBuilder Text = new();
        private string _anchor = "", _heading = "";
        private bool _first = true;

        public void Flush()
        {
            if (Text.Length > 0 && Text[^1] == ' ') Text.Length--;
            var body = Text.ToString();
            Text.Clear();
            if (_first) doc.Sections[0] = doc.Sections[0] with { Text = Join(doc.Sections[0].Text, body) };
            else doc.Sections.Add(new SearchSection(_anchor, _heading, body));
        }

        public void Start(string anchor, string heading)
        {
            Flush();
            (_anchor, _heading, _first) = (anchor, heading, false);
        }
    }

    private static void Walk(ContainerBlock container, SectionText section)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock h:
                    var heading = new StringBuilder();
                    PlainText.AppendCollapsed(h.Inline, heading);
                    section.Start(h.GetAttributes().Id ?? "", heading.ToString().Trim());
                    break;
                case LeafBlock leaf when leaf.Inline is not null:
                    PlainText.AppendCollapsed(leaf.Inline, section.Text);
                    PlainText.Space(section.Text);
                    break;
                case CodeBlock code:
                    foreach (var line in code.Lines) PlainText.AppendCollapsed(line.ToString(), section.Text);
                    PlainText.Space(section.Text);
                    break;
                case ContainerBlock inner:
                    Walk(inner, section);
                    break;
            }
        }
    }

    /// <summary>The panel card, continuum levels and plan areas come from front matter, shown before the body.</summary>
    private void AddCard(SearchDocument doc, Page page)
    {
        if (page.Panel is { } panel)
        {
            var parts = new List<string?>
            {
                Labelled("Chair", panel.Chair is { } c ? LeadTitle(c.Value) : null),
                Labelled("Frequency", panel.Frequency?.Value),
                Labelled("Members", panel.Members.Count > 0 ? string.Join(", ", panel.Members.Select(m => LeadTitle(m.Value))) : null),
                Labelled("Quorum", panel.Quorum),
                Labelled("How to refer", panel.Referral),
                Labelled("Decisions", panel.Decisions),
            };
            doc.Sections.Add(new SearchSection("tor-title", "Terms of reference at a glance", string.Join(" ", parts.OfType<string>())));
        }
        foreach (var level in page.Levels)
        {
            var number = level.Level?.Value ?? "";
            var text = string.Join(" ", new[] { level.Summary }
                .Concat(level.Indicators.SelectMany(i => i.Items))
                .Append(level.Response).OfType<string>());
            doc.Sections.Add(new SearchSection(level.Anchor, $"Level {number} {level.Name}".Trim(), text));
        }
        if (page.Plan is { } plan)
        {
            foreach (var area in plan.Areas)
            {
                var text = string.Join(" ", area.Outcomes.Concat(area.Measures)
                    .Concat(area.Actions.Select(a => $"{a.Id?.Value} {a.Text}")));
                doc.Sections.Add(new SearchSection(area.Anchor, $"Area {area.Number?.Value}: {area.Title}", text));
            }
        }
    }

    private string LeadTitle(string idOrText) => site.FindLead(idOrText)?.DisplayTitle ?? idOrText;

    private static string? Labelled(string label, string? value) => string.IsNullOrWhiteSpace(value) ? null : $"{label}: {value}.";

    private static string Join(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : a + " " + b;
}
