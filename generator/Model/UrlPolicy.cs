namespace Guidance.Model;

/// <summary>
/// What a page may pull in from outside the intranet. A page may link to any website, but shows no
/// image, video or other embedded content from another host (a tracking image reports every reader
/// to that host), and no link may leave out its scheme (<c>//host/...</c>: it takes whatever scheme the
/// page was served with, and hides where it goes). Hosts named in site.yml's <c>allowed_hosts</c> are
/// exempt from both. Used by the sanitiser for raw HTML and by GV046 for Markdown.
/// </summary>
public static class UrlPolicy
{
    /// <summary>Why <paramref name="url"/> may not be used; null when it may.</summary>
    /// <param name="embedded">True for an image or other content shown in the page, false for a link to follow.</param>
    public static string? Refusal(string url, bool embedded, IReadOnlyCollection<string> allowedHosts)
    {
        var trimmed = url.Trim();
        var protocolRelative = trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith(@"\\", StringComparison.Ordinal);
        var absolute = protocolRelative || trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        if (!absolute) return null;
        var host = Host(protocolRelative ? "https:" + trimmed.Replace('\\', '/') : trimmed);
        if (host is not null && allowedHosts.Contains(host)) return null;
        if (protocolRelative) return $"'{url}' leaves out its scheme (http: or https:)";
        return embedded ? $"'{url}' shows content from another host ({host})" : null;
    }

    private static string? Host(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host.ToLowerInvariant() : null;
}
