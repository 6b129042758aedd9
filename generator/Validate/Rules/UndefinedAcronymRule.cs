using Guidance.Diagnostics;
using Guidance.Load;
using Guidance.Markdown;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>
/// GV130 (warning): a page uses an acronym the glossary does not explain, so a reader new to the
/// service meets it with no expansion. Reported once a page, at its first use.
/// </summary>
public sealed class UndefinedAcronymRule : IRule
{
    public DiagnosticCode Code => Codes.UndefinedAcronym;

    public void Check(ValidationContext context)
    {
        var site = context.Site;
        var known = site.Glossary.Select(e => e.Term.Value)
            .Concat(site.Settings.AcronymsIgnore.Select(a => a.Value))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var page in site.Pages)
        {
            // "GPs" and later "GP" are one acronym: reported once, at whichever came first.
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var use in page.Acronyms)
            {
                var singular = AcronymScanner.Singular(use.Value);
                if (known.Contains(use.Value) || known.Contains(singular) || !reported.Add(singular)) continue;
                context.Report(this, use.Location, $"'{use.Value}' is used but the glossary does not explain it",
                    $"Add '{singular}: <what it stands for>' to glossary.yml, or, if it is not an acronym, list it under 'acronyms_ignore' in site.yml");
            }
        }
    }
}
