using Guidance.Markdown.Extensions;
using Guidance.Model;

namespace Guidance.Tests.Markdown;

public class GlossaryMarkerTests
{
    private static GlossaryEntry Term(string term, string expansion, int line = 1) =>
        new(new Located<string>(term, new SourceLocation("glossary.yml", line, 1)), expansion, null, null);

    [Fact]
    public void A_glossary_with_the_same_terms_and_expansions_shares_one_marker()
    {
        // A history reads each commit's glossary anew: the same terms, read again, are not compiled again.
        var first = GlossaryMarker.For([Term("MASH", "Multi-Agency Safeguarding Hub"), Term("CP", "Child Protection")]);
        var again = GlossaryMarker.For([Term("MASH", "Multi-Agency Safeguarding Hub", line: 7), Term("CP", "Child Protection", line: 9)]);
        Assert.Same(first, again);
    }

    [Fact]
    public void A_changed_expansion_or_term_gets_its_own_marker()
    {
        var before = GlossaryMarker.For([Term("LADO", "Local Authority Designated Officer")]);
        Assert.NotSame(before, GlossaryMarker.For([Term("LADO", "Local Authority Designated Officer (allegations)")]));
        Assert.NotSame(before, GlossaryMarker.For([Term("LADO", "Local Authority Designated Officer"), Term("IRO", "Independent Reviewing Officer")]));
        Assert.Equal(["IRO"], GlossaryMarker.For([Term("LADO", "Local Authority Designated Officer"), Term("IRO", "Independent Reviewing Officer")]).TermsIn("The IRO chairs it."));
    }
}
