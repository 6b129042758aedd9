namespace Guidance.Index.Search;

/// <summary>
/// Weighs each stem on one page by where it appears: title over headings over summary, tags and
/// glossary links (the term, its expansion and its definition) over body text, and remembers the section where it counts most, so a result can
/// land on that section. Glossary expansions written out in full ("Threshold of Care Legal Planning
/// Meeting") also count as their acronym.
/// </summary>
public sealed class PageTerms(Stemmer stemmer, GlossaryPhrases phrases)
{
    public const int TitleWeight = 24, HeadingWeight = 8, SummaryWeight = 6, TagWeight = 6, GlossaryWeight = 6, DefinitionWeight = 6, BodyCap = 10, MaxWeight = 63;

    private readonly Dictionary<string, Term> _terms = new(StringComparer.Ordinal);
    private readonly List<string> _run = [];
    private readonly char[] _buffer = new char[Words.MaxLength];

    private sealed class Term
    {
        public int Fixed, Body, Section, SectionWeight, Current = -1, CurrentWeight;
    }

    public IEnumerable<(string Stem, int Weight, int Section)> Read(SearchDocument doc)
    {
        _terms.Clear();
        Add(doc.Title, TitleWeight, 0, body: false);
        Add(doc.Summary, SummaryWeight, 0, body: false);
        foreach (var tag in doc.Tags) Add(tag, TagWeight, 0, body: false);
        foreach (var (entry, anchor) in doc.GlossaryLinks)
        {
            var section = doc.SectionOf(anchor);
            Add(entry.Term.Value, GlossaryWeight, section, body: false);
            Add(entry.Expansion, GlossaryWeight, section, body: false);
            Add(entry.Definition, DefinitionWeight, section, body: false);
        }
        for (var s = 0; s < doc.Sections.Count; s++)
        {
            Add(doc.Sections[s].Heading, HeadingWeight, s, body: false);
            Add(doc.Sections[s].Text, 1, s, body: true);
        }
        return _terms.Select(t => (t.Key, Math.Min(MaxWeight, t.Value.Fixed + Math.Min(BodyCap, t.Value.Body)), t.Value.Section));
    }

    private void Add(string? text, int weight, int section, bool body)
    {
        if (string.IsNullOrEmpty(text)) return;
        _run.Clear();
        Words.Split(text, _buffer, word =>
        {
            if (Words.IsStop(word)) return;
            _run.Add(stemmer.Stem(word));
        });
        foreach (var stem in _run) Count(stem, weight, section, body);
        foreach (var acronym in phrases.Find(_run)) Count(acronym, weight, section, body);
    }

    private void Count(string stem, int weight, int section, bool body)
    {
        if (!_terms.TryGetValue(stem, out var term)) _terms[stem] = term = new Term();
        if (body) term.Body += weight;
        else term.Fixed += weight;
        // Where the stem counts most below a heading; hits only in the title, summary, tags or the
        // opening text land on the top of the page (section 0).
        if (section == 0) return;
        if (term.Current != section) { term.Current = section; term.CurrentWeight = 0; }
        term.CurrentWeight += weight;
        if (term.CurrentWeight > term.SectionWeight)
        {
            term.Section = section;
            term.SectionWeight = term.CurrentWeight;
        }
    }
}
