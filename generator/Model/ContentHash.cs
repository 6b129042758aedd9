using System.Security.Cryptography;
using System.Text;

namespace Guidance.Model;

/// <summary>
/// Names files by what they hold, so a browser may cache them forever: the same bytes always get the
/// same name and any change gets a new one. Used for scripts under <c>assets/</c> and the search index.
/// </summary>
public static class ContentHash
{
    /// <summary>The first 10 hex digits of the SHA-256 of the text's UTF-8 bytes.</summary>
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..10];

    /// <summary>One hash over several UTF-8 texts in order, for a folder of files named by their position.</summary>
    public static string Of(IEnumerable<byte[]> utf8Texts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var bytes in utf8Texts)
        {
            hash.AppendData(bytes);
            hash.AppendData([0]);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..10];
    }

    /// <summary><c>search.js</c> holding <paramref name="text"/> becomes <c>search.1a2b3c4d5e.js</c>.</summary>
    public static string Name(string name, string text)
    {
        var dot = name.LastIndexOf('.');
        return dot <= name.LastIndexOf('/') ? name + "." + Of(text) : name[..dot] + "." + Of(text) + name[dot..];
    }
}
