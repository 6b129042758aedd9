using System.Text.RegularExpressions;

namespace Guidance.Model;

/// <summary>
/// A content file that did not load: a page whose front matter is missing or does not parse, or a
/// leads.yml that does not parse. What names it (links, page refs and published URLs of the page;
/// owners and leads of the registry) is not wrong itself: those are follow-ons of its error, and
/// the report folds them under it so the author fixes the cause first.
/// </summary>
public sealed partial record UnloadedPage(string RelativePath, string DisplayPath, IReadOnlyList<string> Ids)
{
    /// <summary>
    /// The ids the page would have had: its file name, and an <c>id:</c> line if the broken front
    /// matter still has one that reads plainly.
    /// </summary>
    public static UnloadedPage From(string relativePath, string displayPath, string text)
    {
        var ids = new List<string> { Path.GetFileNameWithoutExtension(relativePath) };
        if (IdLine().Match(text) is { Success: true } m && !ids.Contains(m.Groups[1].Value)) ids.Add(m.Groups[1].Value);
        return new UnloadedPage(relativePath, displayPath, ids);
    }

    [GeneratedRegex(@"^id:[ \t]*[""']?([a-z0-9-]+)[""']?[ \t]*\r?$", RegexOptions.Multiline)]
    private static partial Regex IdLine();
}
