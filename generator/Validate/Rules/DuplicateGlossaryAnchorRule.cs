using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>
/// GV009: two glossary terms that differ only in case or punctuation (CIN and CiN) would share one
/// anchor on the glossary page, so links to one would land on the other.
/// </summary>
public sealed class DuplicateGlossaryAnchorRule : IRule
{
    public DiagnosticCode Code => Codes.DuplicateGlossaryAnchor;

    public void Check(ValidationContext context)
    {
        foreach (var group in context.Site.Glossary.GroupBy(e => e.Anchor, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var entry in group.Skip(1))
                context.Report(this, entry.Term.Location, $"glossary term '{entry.Term.Value}' would share the anchor #{entry.Anchor} with '{first.Term.Value}' (line {first.Term.Location.Line})",
                    "Keep one spelling of the term, and mention the other in its definition");
        }
    }
}
