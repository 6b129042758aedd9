using System.Runtime.CompilerServices;
namespace Guidance.Index.Search;

/// <summary>
/// How text is cut into words, on both sides: the client cuts the query the same way (search.js
/// mirrors these rules and reads the stop words from the manifest). Words are lower case letters and
/// digits; "child's" is "child", "16/17" is "16" and "17".
/// </summary>
public static class Words
{
    public const int MaxLength = 32;

    /// <summary>Words too common to tell pages apart, including the question words people type.</summary>
    public static readonly IReadOnlyList<string> Stop =
    [
        "a", "about", "am", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "could", "do", "does",
        "for", "from", "had", "has", "have", "how", "i", "if", "in", "into", "is", "it", "its", "me", "my", "of", "on",
        "or", "our", "should", "so", "such", "that", "the", "their", "them", "then", "there", "these", "they",
        "this", "to", "us", "was", "we", "what", "when", "where", "which", "who", "why", "will", "with", "would",
        "you", "your",
    ];

    /// <summary>
    /// Calls <paramref name="onWord"/> with each word of the text, lower-cased, in a reused buffer.
    /// Optimised from the first call: the build runs it over every page once, so waiting for tiered
    /// compilation would leave most of the text to unoptimised code.
    /// </summary>
    /// <remarks>
    /// A section of an Act is one word however it is written: "s47", "s.47", "S 47" and "section 47"
    /// are all "s47" (and "sec 47" too), so each finds the others. "16-17" and "16 to 17" need no rule:
    /// both are the words 16 and 17 once "to" is dropped as a stop word.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Split(ReadOnlySpan<char> text, Span<char> buffer, WordHandler onWord)
    {
        var length = 0;
        ReadOnlySpan<char> held = default; // "s", "sec" or "section", waiting to see if a number follows
        Span<char> merged = stackalloc char[MaxLength];
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                if (length < buffer.Length) buffer[length] = char.ToLowerInvariant(c);
                length++;
                continue;
            }
            // An apostrophe inside a word is dropped, and a possessive "'s" with it.
            if ((c == '\'' || c == '\u2019') && length > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                var possessive = (text[i + 1] is 's' or 'S') && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]));
                if (possessive) i++;
                continue;
            }
            if (length > 0 && length <= buffer.Length)
            {
                var word = buffer[..length];
                if (!held.IsEmpty && char.IsAsciiDigit(word[0]) && length < MaxLength)
                {
                    merged[0] = 's';
                    word.CopyTo(merged[1..]);
                    onWord(merged[..(length + 1)]);
                    held = default;
                }
                else
                {
                    if (!held.IsEmpty) onWord(held);
                    held = SectionWord(word);
                    if (held.IsEmpty) onWord(word);
                }
            }
            length = 0;
        }
        if (!held.IsEmpty) onWord(held);
    }

    private static ReadOnlySpan<char> SectionWord(ReadOnlySpan<char> word) =>
        word.SequenceEqual("s") ? "s" : word.SequenceEqual("sec") ? "sec" : word.SequenceEqual("section") ? "section" : default;

    public delegate void WordHandler(ReadOnlySpan<char> word);
}
