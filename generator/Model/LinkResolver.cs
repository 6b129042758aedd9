namespace Guidance.Model;

public enum LinkKind { External, Page, StaticFile, SiteUrl, Unsafe, EscapesContent, Missing, MissingAnchor }

/// <summary>What a link in a page body points at, once resolved against the site.</summary>
public sealed record ResolvedLink(LinkKind Kind, string Href, Page? Target = null, string? Anchor = null)
{
    public bool IsBroken => Kind is LinkKind.Unsafe or LinkKind.EscapesContent or LinkKind.Missing or LinkKind.MissingAnchor;
}

/// <summary>
/// Resolves links as authors write them (relative paths to <c>.md</c> files, with anchors) to the
/// site's URLs. Validation uses it to report broken links; rendering uses it to rewrite them, so the
/// two can never disagree.
/// </summary>
public sealed class LinkResolver(Site site, ISet<string> knownUrlPaths)
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>A resolver that knows every URL the site will have: pages, aliases and generated pages.</summary>
    public static LinkResolver For(Site site)
    {
        var known = new HashSet<string>(StringComparer.Ordinal) { SitePaths.Sitemap, SitePaths.NotFound };
        known.UnionWith(site.Pages.Select(p => p.UrlPath));
        known.UnionWith(site.Pages.SelectMany(p => p.AliasPaths).Select(a => a.Path));
        known.UnionWith(SitePaths.Generated(site.Leads.Select(l => l.Id.Value)).Select(g => g.Path));
        known.UnionWith(site.StaticFiles);
        return new LinkResolver(site, known);
    }

    public ResolvedLink Resolve(Page from, string url)
    {
        var trimmed = url.Trim();
        var scheme = SchemeOf(trimmed);
        if (scheme is not null)
        {
            return SafeSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase)
                ? new ResolvedLink(LinkKind.External, trimmed)
                : new ResolvedLink(LinkKind.Unsafe, trimmed);
        }
        if (trimmed.StartsWith("//", StringComparison.Ordinal)) return new ResolvedLink(LinkKind.External, trimmed);

        var (path, anchor) = SplitAnchor(trimmed);
        path = Uri.UnescapeDataString(path);

        if (path.Length == 0)
        {
            return anchor is null || from.HasAnchor(anchor)
                ? new ResolvedLink(LinkKind.Page, site.Url(from, anchor), from, anchor)
                : new ResolvedLink(LinkKind.MissingAnchor, trimmed, from, anchor);
        }

        if (path.StartsWith('/'))
        {
            // A site URL such as /standards/supervision/: fine if some page or alias answers it.
            var sitePath = SitePaths.NormaliseAlias(path);
            if (site.PagesByUrl.TryGetValue(sitePath, out var page)) return ResolvePageAnchor(page, anchor, trimmed);
            return knownUrlPaths.Contains(sitePath)
                ? new ResolvedLink(LinkKind.SiteUrl, site.Url(sitePath) + (anchor is null ? "" : "#" + anchor))
                : new ResolvedLink(LinkKind.Missing, trimmed);
        }

        var target = Combine(from.RelativePath, path);
        if (target is null) return new ResolvedLink(LinkKind.EscapesContent, trimmed);

        if (site.PagesByPath.TryGetValue(target, out var targetPage)) return ResolvePageAnchor(targetPage, anchor, trimmed);
        if (target.StartsWith("static/", StringComparison.Ordinal) && site.StaticFiles.Contains(target["static/".Length..]))
            return new ResolvedLink(LinkKind.StaticFile, site.Url(target["static/".Length..]));
        return new ResolvedLink(LinkKind.Missing, trimmed);
    }

    private ResolvedLink ResolvePageAnchor(Page page, string? anchor, string written) =>
        anchor is null || page.HasAnchor(anchor)
            ? new ResolvedLink(LinkKind.Page, site.Url(page, anchor), page, anchor)
            : new ResolvedLink(LinkKind.MissingAnchor, written, page, anchor);

    /// <summary>Joins a relative link to the folder of the page it is in; null if it climbs out of the content folder.</summary>
    public static string? Combine(string fromRelativePath, string link)
    {
        var parts = new List<string>();
        var folder = fromRelativePath.Contains('/') ? fromRelativePath[..fromRelativePath.LastIndexOf('/')] : "";
        foreach (var segment in (folder.Length == 0 ? link : folder + "/" + link).Split('/', '\\'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else parts.Add(segment);
        }
        return string.Join('/', parts);
    }

    private static (string Path, string? Anchor) SplitAnchor(string url)
    {
        var query = url.IndexOf('?');
        var hash = url.IndexOf('#');
        var anchor = hash >= 0 ? url[(hash + 1)..] : null;
        var end = query >= 0 ? query : hash >= 0 ? hash : url.Length;
        if (hash >= 0 && hash < end) end = hash;
        return (url[..end], anchor);
    }

    private static string? SchemeOf(string url)
    {
        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so must we.
        // Most links are relative paths: they are told apart without building a string.
        var colon = -1;
        for (var i = 0; i < url.Length && colon < 0; i++)
        {
            if (url[i] is '/' or '#' or '?') return null;
            if (url[i] == ':') colon = i;
        }
        if (colon < 0) return null;
        var candidate = string.Concat(url[..colon].Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)));
        if (candidate.Length == 0) return null;
        return candidate.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') ? candidate.ToLowerInvariant() : null;
    }
}
