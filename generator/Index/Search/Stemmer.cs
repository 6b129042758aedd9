using Lucene.Net.Tartarus.Snowball.Ext;

namespace Guidance.Index.Search;

/// <summary>
/// The Snowball English (Porter2) stemmer from Lucene.Net, with a memo of every word it has seen: the
/// vocabulary is small next to the text, and the memo is exactly the word list the index ships so the
/// client needs no stemmer. A word costs one memo lookup, which also tells a stop word. One per
/// thread: neither the stemmer nor the memo (nor the stems' per-page slots) is thread-safe.
/// </summary>
public sealed class Stemmer
{
    private readonly EnglishStemmer _snowball = new();
    private readonly Dictionary<string, Stem> _memo = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Stem>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<string, Stem> _stems = new(StringComparer.Ordinal);
    private readonly Func<string, bool> _startsPhrase;

    /// <param name="startsPhrase">Whether a stem begins a glossary expansion, remembered on the stem.</param>
    public Stemmer(Func<string, bool>? startsPhrase = null)
    {
        _startsPhrase = startsPhrase ?? (_ => false);
        _lookup = _memo.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in Words.Stop) _memo[word] = Stem.Stop;
    }

    /// <summary>Every word seen, with its stem (stop words left out).</summary>
    public IEnumerable<(string Word, string Stem)> Seen => _memo.Where(p => !p.Value.IsStop).Select(p => (p.Key, p.Value.Text));

    /// <summary>The stem of a lower-case word, or <see cref="Stem.Stop"/>. One instance per stem, so callers may key on it.</summary>
    public Stem Of(ReadOnlySpan<char> word)
    {
        if (_lookup.TryGetValue(word, out var stem)) return stem;
        var text = word.ToString();
        string value;
        // Numbers and short words stay as they are: "16" and "cp" are what people type.
        if (text.Length <= 2 || text.Any(char.IsDigit)) value = text;
        else
        {
            _snowball.SetCurrent(text);
            _snowball.Stem();
            value = _snowball.Current;
        }
        stem = Intern(value);
        _memo[text] = stem;
        return stem;
    }

    /// <summary>The shared instance of a stem already known as a stem (an acronym found by its expansion).</summary>
    public Stem Intern(string value)
    {
        if (!_stems.TryGetValue(value, out var stem)) _stems[value] = stem = new Stem(value, _startsPhrase(value));
        return stem;
    }
}

/// <summary>
/// A stem, shared by every word that has it within one <see cref="Stemmer"/>. It carries the slot where
/// the page being read counts it, so counting a word needs no second lookup.
/// </summary>
public sealed class Stem(string text, bool startsPhrase)
{
    public static readonly Stem Stop = new("", false);

    public string Text { get; } = text;
    public bool StartsPhrase { get; } = startsPhrase;
    public bool IsStop => ReferenceEquals(this, Stop);

    /// <summary>The page (by reader's count) and slot of this stem's tally; see <see cref="PageTerms"/>.</summary>
    internal int Page = -1, Slot;

    public override string ToString() => Text;
}
