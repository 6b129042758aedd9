using System.Runtime.CompilerServices;
namespace Guidance.Index.Search;

/// <summary>
/// Weighs each stem on one page by where it appears: title over headings over summary, tags and
/// glossary links (the term, its expansion and its definition) over body text, and remembers the
/// section where it counts most, so a result can land on that section. Glossary expansions written out
/// in full ("Threshold of Care Legal Planning Meeting") also count as their acronym. One per thread,
/// with that thread's <see cref="Stemmer"/>.
/// </summary>
public sealed class PageTerms
{
    public const int TitleWeight = 24, HeadingWeight = 8, SummaryWeight = 6, TagWeight = 6, GlossaryWeight = 6, BodyCap = 10, MaxWeight = 63;

    private readonly Stemmer _stemmer;
    private readonly GlossaryPhrases _phrases;
    private readonly List<Stem> _stems = [];
    private Tally[] _tallies = new Tally[256];
    private int _page;
    private readonly List<Stem> _run = [];
    private readonly char[] _buffer = new char[Words.MaxLength];
    private readonly Words.WordHandler _onWord;
    private bool _runHasPhrase;

    private struct Tally
    {
        public int Fixed, Body, Section, SectionWeight, Current, CurrentWeight;
    }

    public PageTerms(GlossaryPhrases phrases)
    {
        _phrases = phrases;
        _stemmer = new Stemmer(phrases.Starts);
        _onWord = OnWord; // made once: a delegate per text would be the stage's main allocation
    }

    public Stemmer Stemmer => _stemmer;

    public (string Stem, int Weight, int Section)[] Read(SearchDocument doc)
    {
        _page++;
        _stems.Clear();
        Add(doc.Title, TitleWeight, 0, body: false);
        Add(doc.Summary, SummaryWeight, 0, body: false);
        foreach (var tag in doc.Tags) Add(tag, TagWeight, 0, body: false);
        foreach (var (entry, anchor) in doc.GlossaryLinks)
        {
            var section = doc.SectionOf(anchor);
            Add(entry.Term.Value, GlossaryWeight, section, body: false);
            Add(entry.Expansion, GlossaryWeight, section, body: false);
            Add(entry.Definition, GlossaryWeight, section, body: false);
        }
        for (var s = 0; s < doc.Sections.Count; s++)
        {
            Add(doc.Sections[s].Heading, HeadingWeight, s, body: false);
            Add(doc.Sections[s].Text, 1, s, body: true);
        }
        var result = new (string, int, int)[_stems.Count];
        for (var i = 0; i < _stems.Count; i++)
        {
            ref var t = ref _tallies[i];
            result[i] = (_stems[i].Text, Math.Min(MaxWeight, t.Fixed + Math.Min(BodyCap, t.Body)), t.Section);
        }
        return result;
    }

    private void Add(string? text, int weight, int section, bool body)
    {
        if (string.IsNullOrEmpty(text)) return;
        _run.Clear();
        _runHasPhrase = false;
        Words.Split(text, _buffer, _onWord);
        foreach (var stem in _run) Count(stem, weight, section, body);
        if (_runHasPhrase)
            foreach (var acronym in _phrases.Find(_run, _stemmer)) Count(acronym, weight, section, body);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void OnWord(ReadOnlySpan<char> word)
    {
        var stem = _stemmer.Of(word);
        if (stem.IsStop) return;
        _runHasPhrase |= stem.StartsPhrase;
        _run.Add(stem);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Count(Stem stem, int weight, int section, bool body)
    {
        if (stem.Page != _page)
        {
            stem.Page = _page;
            stem.Slot = _stems.Count;
            _stems.Add(stem);
            if (_stems.Count > _tallies.Length) Array.Resize(ref _tallies, _tallies.Length * 2);
            _tallies[stem.Slot] = new Tally { Current = -1 };
        }
        ref var tally = ref _tallies[stem.Slot];
        if (body) tally.Body += weight;
        else tally.Fixed += weight;
        // Where the stem counts most below a heading; hits only in the title, summary, tags or the
        // opening text land on the top of the page (section 0).
        if (section == 0) return;
        if (tally.Current != section) { tally.Current = section; tally.CurrentWeight = 0; }
        tally.CurrentWeight += weight;
        if (tally.CurrentWeight > tally.SectionWeight)
        {
            tally.Section = section;
            tally.SectionWeight = tally.CurrentWeight;
        }
    }
}
