using Lucene.Net.Tartarus.Snowball.Ext;

namespace Guidance.Index.Search;

/// <summary>
/// The Snowball English (Porter2) stemmer from Lucene.Net, with a memo of every word it has seen: the
/// vocabulary is small next to the text, and the memo is exactly the word list the index ships so the
/// client needs no stemmer. One per thread: neither the stemmer nor the memo is thread-safe.
/// </summary>
public sealed class Stemmer
{
    private readonly EnglishStemmer _snowball = new();
    private readonly Dictionary<string, string> _memo = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Stemmer() => _lookup = _memo.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every word seen, with its stem.</summary>
    public IReadOnlyDictionary<string, string> Seen => _memo;

    public string Stem(ReadOnlySpan<char> word)
    {
        if (_lookup.TryGetValue(word, out var stem)) return stem;
        var text = word.ToString();
        // Numbers and short words stay as they are: "16" and "cp" are what people type.
        if (text.Length <= 2 || text.Any(char.IsDigit)) stem = text;
        else
        {
            _snowball.SetCurrent(text);
            _snowball.Stem();
            stem = _snowball.Current;
        }
        _memo[text] = stem;
        return stem;
    }
}
