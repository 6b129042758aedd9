using Ganss.Xss;

namespace Guidance.Render;

/// <summary>
/// The one policy for HTML that authors write by hand: HtmlSanitizer with its default allow-list
/// (no script, no event handlers, no javascript: URLs), plus the ids and classes our own markup uses.
/// A sanitizer is kept per thread because pages render in parallel.
/// </summary>
public static class HtmlSafety
{
    private static readonly ThreadLocal<HtmlSanitizer> Sanitizers = new(Create);

    public static string Sanitize(string html) => Sanitizers.Value!.Sanitize(html);

    /// <summary>What sanitising would remove from <paramref name="html"/>: tag and attribute names, for diagnostics.</summary>
    public static IReadOnlyList<string> Removals(string html)
    {
        var removed = new List<string>();
        var sanitizer = Create();
        sanitizer.RemovingTag += (_, e) => removed.Add($"<{e.Tag.TagName.ToLowerInvariant()}>");
        sanitizer.RemovingAttribute += (_, e) => removed.Add($"{e.Attribute.Name}=\"{e.Attribute.Value}\"");
        sanitizer.RemovingStyle += (_, e) => removed.Add($"style {e.Style.Name}");
        sanitizer.RemovingAtRule += (_, e) => removed.Add("@" + e.Rule.CssText);
        sanitizer.RemovingCssClass += (_, e) => removed.Add($"class {e.CssClass}");
        sanitizer.Sanitize(html);
        return removed;
    }

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("tel");
        return sanitizer;
    }
}
