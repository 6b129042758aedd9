using System.Text;
using Guidance.Model;

namespace Guidance.Render.Redirects;

/// <summary>One address that answers with an HTTP redirect: both paths are full site paths, base path included.</summary>
public sealed record Redirect(string From, string To);

/// <summary>
/// Every permanent link (<c>/id/&lt;page&gt;/</c>) and alias of a site, as one map instead of a folder
/// and an HTML file each: at 10,000 pages that was 10,000 files and folders, a third of a fresh
/// build's. A server answers them with a 301, and a browser following a redirect keeps the
/// <c>#section</c> of the address it was given, scripts or not. The map is written as <c>_redirects</c>
/// (the format Netlify and Cloudflare Pages read, and <c>guidance serve</c>), and as configuration for
/// IIS, Apache and nginx (<see cref="ServerRedirects"/>); the 404 page reads <c>_redirects</c> with
/// JavaScript where the server was not configured.
/// </summary>
public sealed class RedirectMap
{
    public RedirectMap(IEnumerable<Redirect> redirects) =>
        Entries = redirects.DistinctBy(r => r.From, StringComparer.Ordinal).OrderBy(r => r.From, StringComparer.Ordinal).ToList();

    /// <summary>The redirects, by <see cref="Redirect.From"/> in ordinal order, so the files are the same bytes every build.</summary>
    public IReadOnlyList<Redirect> Entries { get; }

    /// <summary>Each page's permanent link and its aliases, to the page's own address.</summary>
    public static RedirectMap Of(Site site) => new(site.Pages.SelectMany(page =>
        page.OtherAddresses.Select(path => new Redirect(site.Url(path), site.Url(page)))));

    /// <summary>The map as <c>_redirects</c>: a line each, "from to 301".</summary>
    public OutputFile ToFile()
    {
        var text = new StringBuilder()
            .Append("# Permanent links and old addresses of this site, each with the address it moved to (HTTP 301).\n")
            .Append("# Read by guidance serve, Netlify and Cloudflare Pages, and the 404 page's script; web.config,\n")
            .Append("# .htaccess and nginx-redirects.conf hold the same map for IIS, Apache and nginx.\n");
        foreach (var r in Entries) text.Append(Encode(r.From)).Append(' ').Append(Encode(r.To)).Append(" 301\n");
        return OutputFile.FromText(SitePaths.RedirectMap, text.ToString());
    }

    /// <summary>
    /// Reads a <c>_redirects</c> file (blank lines and # comments skipped) into the path a request names
    /// (decoded, as a server compares it) → the address to send it to (as written, percent-encoded).
    /// </summary>
    public static Dictionary<string, string> Parse(string text)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 2 && !fields[0].StartsWith('#')) map.TryAdd(Uri.UnescapeDataString(fields[0]), fields[1]);
        }
        return map;
    }

    /// <summary>A site path as it goes in an address: each segment percent-encoded (a space as %20), the slashes kept.</summary>
    public static string Encode(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
