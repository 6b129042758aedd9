using System.Runtime.CompilerServices;
using System.Text;

namespace Guidance.Index.Search;

/// <summary>
/// A stem's postings as a short string: for each page, in page order, the gap from the previous page,
/// the weight and the best section, each a variable-length number of base-64 digits holding five bits
/// and a "more follows" bit. Most numbers take one character, so a posting costs about three bytes
/// and needs no parsing beyond a character lookup in the client.
/// </summary>
public static class Postings
{
    public const string Digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /// <summary>Encodes (page, weight, section) triples held flat, pages ascending.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Encode(List<int> triples)
    {
        var sb = new StringBuilder(triples.Count + 8);
        var previous = -1;
        for (var i = 0; i < triples.Count; i += 3)
        {
            Number(sb, triples[i] - previous);
            Number(sb, triples[i + 1]);
            Number(sb, triples[i + 2]);
            previous = triples[i];
        }
        return sb.ToString();
    }

    private static void Number(StringBuilder sb, int value)
    {
        do
        {
            var digit = value & 31;
            value >>= 5;
            sb.Append(Digits[value > 0 ? digit | 32 : digit]);
        } while (value > 0);
    }
}
