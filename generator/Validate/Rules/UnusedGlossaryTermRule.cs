using Guidance.Diagnostics;
using Guidance.Load;
using Guidance.Markdown;
using Guidance.Markdown.Extensions;
using Guidance.Model;
using Guidance.Render;

namespace Guidance.Validate.Rules;

/// <summary>
/// GV140 (info): a glossary term no page uses. Not a fault for a reader, so it is listed only by
/// <c>guidance check --report unused</c>, for whoever keeps the glossary tidy.
/// </summary>
public sealed class UnusedGlossaryTermRule : IRule
{
    public DiagnosticCode Code => Codes.UnusedGlossaryTerm;

    public void Check(ValidationContext context)
    {
        var site = context.Site;
        // Acronym-shaped terms are looked up in the words load already found on each page (and in
        // titles and summaries); only the few other terms ("NEL CSA", "Ofsted") need the text searched.
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in site.Pages)
        {
            used.UnionWith(page.Acronyms.Select(a => a.Value));
            foreach (var text in new[] { page.Title, page.Meta.Summary?.Value ?? "" })
                used.UnionWith(AcronymScanner.Word().Matches(text).Select(m => m.Value));
        }
        used.UnionWith(used.Select(AcronymScanner.Singular).ToList());

        var others = site.Glossary.Where(e => !IsAcronymShaped(e.Term.Value)).ToList();
        if (others.Count > 0)
        {
            var marker = GlossaryMarker.For(others);
            foreach (var page in site.Pages)
                used.UnionWith(marker.TermsIn(page.BodyText + "\n" + page.Title + "\n" + page.Meta.Summary?.Value));
        }

        foreach (var entry in site.Glossary.DistinctBy(e => e.Term.Value))
        {
            if (used.Contains(entry.Term.Value)) continue;
            context.Report(this, entry.Term.Location, $"glossary term '{entry.Term.Value}' is used on no page",
                "Remove it if the guidance no longer needs it, or keep it for readers who meet it elsewhere");
        }
    }

    private static bool IsAcronymShaped(string term)
    {
        var match = AcronymScanner.Word().Match(term);
        return match.Success && match.Length == term.Length;
    }
}
