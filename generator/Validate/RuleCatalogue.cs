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
        }.Concat(Validator.Rules.Select(r => (r.Code, r.Severity, r.Description)));

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
