using Guidance.Load;
using Guidance.Model;

namespace Guidance.Validate;

/// <summary>Every diagnostic code: the load stage's own, then each rule's, for docs and <c>guidance rules</c>.</summary>
public static class RuleCatalogue
{
    public static IEnumerable<(string Code, Severity Severity, string Description)> All =>
        new[]
        {
            (YamlReader.Malformed, Severity.Error, "Malformed YAML or front matter: a page with no front matter or no closing '---', or YAML that does not parse."),
            (YamlReader.WrongShape, Severity.Error, "A value has the wrong shape: a list where one value belongs, or a value where a list of entries belongs."),
            (ContentText.EncodingCode, Severity.Error, "A file is not UTF-8 (for example Windows-1252, or UTF-16 without a byte-order mark); save it as UTF-8."),
            (ContentText.ControlCode, Severity.Error, "A file holds a control character other than tab or a line break."),
            (ContentFiles.OutsideLinkCode, Severity.Error, "A symbolic link or junction in the content folder leads outside it (or nowhere); its target is never published."),
            (YamlReader.TooDeep, Severity.Error, "YAML nests more than 64 levels deep, or Markdown more than 128 (block quotes, lists, emphasis, brackets)."),
            (ContentFiles.SkippedLinkCode, Severity.Warning, "A link leading outside the content folder was left out, as site.yml's 'outside_links: skip' asks."),
        }.Concat(History.VersionHistory.Codes).Concat(Validator.Rules.Select(r => (r.Code, r.Severity, r.Description))).OrderBy(r => r.Item2).ThenBy(r => r.Item1, StringComparer.Ordinal);

    /// <summary>A broken layout: not a rule over the content (it exits 2, see Render/TemplateSet), but explained like one.</summary>
    public static readonly (string Code, Severity Severity, string Description) LayoutError =
        ("GV090", Severity.Error, "A layout under layouts/ does not parse, or fails while a page is rendered.");

    /// <summary>The full text of a code for <c>guidance explain</c>, or null when it has none.</summary>
    public static string? Explanation(string code)
    {
        using var stream = typeof(RuleCatalogue).Assembly.GetManifestResourceStream($"explanations/{code}.txt");
        return stream is null ? null : new StreamReader(stream).ReadToEnd();
    }
}
