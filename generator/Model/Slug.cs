using System.Text;

namespace Guidance.Model;

/// <summary>
/// GitHub's heading-anchor rule: lower case, letters, digits, hyphens and underscores kept, spaces to
/// hyphens, everything else dropped. Used for anchors we make ourselves (glossary terms) so that
/// they look like the heading anchors Markdig makes.
/// </summary>
public static class Slug
{
    public static string ForAnchor(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_') sb.Append(c);
            else if (c == ' ') sb.Append('-');
        }
        return sb.ToString();
    }

    /// <summary>Ids of pages and leads: <c>[a-z0-9-]+</c>.</summary>
    public static bool IsId(string text) =>
        text.Length > 0 && text.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');
}
