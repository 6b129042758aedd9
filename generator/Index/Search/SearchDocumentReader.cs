using System.Text;
using Guidance.Model;
using Guidance.Render;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Guidance.Index.Search;

/// <summary>
/// Reads a page's search document from what the build already holds: the front matter and the Markdig
/// syntax tree of its Markdown body. One pass over the tree and
/// no HTML parsing, so indexing stays a small fraction of the build.
/// </summary>
public sealed class SearchDocumentReader(Site site)
{
    public SearchDocument Read(Page page)
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
        var text = new StringBuilder();
        var heading = (Anchor: "", Text: "");
        var first = true;
        // The tree is not kept from load (see Page.BodyText), so the body is parsed again here.
        foreach (var block in Leaves(Markdig.Markdown.Parse(page.BodyText, Load.MarkdownPipelineFactory.Pipeline)))
        {
            if (block is HeadingBlock h)
            {
                Flush();
                heading = (h.GetAttributes().Id ?? "", Plain(h.Inline));
                first = false;
                continue;
            }
            if (block.Inline is not null) AppendInline(block.Inline, text);
            else if (block is CodeBlock code) text.Append(code.Lines.ToString());
            text.Append(' ');
        }
        Flush();
        return doc;

        void Flush()
        {
            var body = Collapse(text);
            text.Clear();
            if (first) doc.Sections[0] = doc.Sections[0] with { Text = Join(doc.Sections[0].Text, body) };
            else doc.Sections.Add(new SearchSection(heading.Anchor, heading.Text, body));
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
            doc.Sections.Add(new SearchSection("level-" + number, $"Level {number} {level.Name}".Trim(), text));
        }
        if (page.Plan is { } plan)
        {
            foreach (var area in plan.Areas)
            {
                var number = area.Number?.Value ?? area.Location.Line.ToString();
                var text = string.Join(" ", area.Outcomes.Concat(area.Measures)
                    .Concat(area.Actions.Select(a => $"{a.Id?.Value} {a.Text}")));
                doc.Sections.Add(new SearchSection("area-" + Slug.ForAnchor(number), $"Area {area.Number?.Value}: {area.Title}", text));
            }
        }
    }

    private string LeadTitle(string idOrText) => site.FindLead(idOrText)?.DisplayTitle ?? idOrText;

    private static string? Labelled(string label, string? value) => string.IsNullOrWhiteSpace(value) ? null : $"{label}: {value}.";

    private static IEnumerable<LeafBlock> Leaves(ContainerBlock container)
    {
        foreach (var block in container)
        {
            if (block is LeafBlock leaf) yield return leaf;
            else if (block is ContainerBlock inner)
                foreach (var nested in Leaves(inner)) yield return nested;
        }
    }

    private static string Plain(ContainerInline? inline)
    {
        if (inline is null) return "";
        var sb = new StringBuilder();
        AppendInline(inline, sb);
        return Collapse(sb);
    }

    // Like Load's InlineText, but also reads the glossary terms render has put into the tree.
    private static void AppendInline(Inline inline, StringBuilder sb)
    {
        switch (inline)
        {
            case LiteralInline literal: sb.Append(literal.Content.AsSpan()); break;
            case CodeInline code: sb.Append(code.Content); break;
            case LineBreakInline: sb.Append(' '); break;
            case HtmlEntityInline entity: sb.Append(entity.Transcoded.AsSpan()); break;
            case GlossaryTermInline term: sb.Append(term.Entry.Term.Value); break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling) AppendInline(child, sb);
                break;
        }
    }

    private static string Join(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : a + " " + b;

    /// <summary>Runs of white space become one space, so excerpts read as prose.</summary>
    private static string Collapse(StringBuilder sb)
    {
        var result = new StringBuilder(sb.Length);
        var space = true;
        foreach (var chunk in sb.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (char.IsWhiteSpace(c)) { if (!space) result.Append(' '); space = true; }
                else { result.Append(c); space = false; }
            }
        }
        if (result.Length > 0 && result[^1] == ' ') result.Length--;
        return result.ToString();
    }
}
