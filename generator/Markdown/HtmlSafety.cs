using Ganss.Xss;
using Guidance.Model;

namespace Guidance.Markdown;

/// <summary>
/// The one policy for HTML that authors write by hand: HtmlSanitizer with its default allow-list
/// (no script, no event handlers, no javascript: URLs), plus the ids and classes our own markup uses,
/// less what an intranet page must not hold: no forms or form controls (a page that asks for a
/// password is a phishing page, whoever wrote it), and nothing embedded from another host or linked
/// without a scheme (<see cref="UrlPolicy"/>). A sanitizer is kept per thread because pages render in parallel.
/// </summary>
public sealed class HtmlSafety : IDisposable
{
    private static readonly string[] FormTags =
        ["form", "input", "button", "select", "textarea", "option", "optgroup", "datalist", "output", "fieldset", "legend", "label"];

    private readonly IReadOnlyCollection<string> _allowedHosts;
    private readonly ThreadLocal<HtmlSanitizer> _sanitizers;

    public HtmlSafety(IReadOnlyCollection<string> allowedHosts)
    {
        _allowedHosts = allowedHosts;
        _sanitizers = new ThreadLocal<HtmlSanitizer>(Create);
    }

    public string Sanitize(string html) => _sanitizers.Value!.Sanitize(html);

    /// <summary>What sanitising would remove from <paramref name="html"/>: tag and attribute names, for diagnostics.</summary>
    public IReadOnlyList<string> Removals(string html)
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

    private HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("class");
        // The callouts' own (CalloutRenderer) survive a page's sanitising; none of them runs anything.
        sanitizer.AllowedAttributes.Add("role");
        sanitizer.AllowedAttributes.Add("aria-label");
        sanitizer.AllowedAttributes.Add("aria-hidden");
        // A section heading's copy link names its section for copy-link.js (Extensions/HeadingLinks).
        sanitizer.AllowedAttributes.Add("data-section");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("tel");
        foreach (var tag in FormTags) sanitizer.AllowedTags.Remove(tag);
        sanitizer.FilterUrl += (_, e) =>
        {
            var embedded = !string.Equals(e.Tag?.TagName, "a", StringComparison.OrdinalIgnoreCase);
            if (UrlPolicy.Refusal(e.OriginalUrl, embedded, _allowedHosts) is not null) e.SanitizedUrl = null;
        };
        return sanitizer;
    }

    /// <summary>Lets go of each thread's sanitiser.</summary>
    public void Dispose() => _sanitizers.Dispose();
}
