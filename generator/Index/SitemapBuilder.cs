using System.Security;
using System.Text;
using Guidance.Model;

namespace Guidance.Index;

/// <summary>Writes <c>sitemap.xml</c>: every HTML page of the build, in URL order, with its reviewed date.</summary>
public static class SitemapBuilder
{
    public static OutputFile Build(Site site, IEnumerable<OutputFile> files)
    {
        var reviewed = site.Pages.ToDictionary(p => OutputFile.ForUrlPath(p.UrlPath), p => p.Meta.ReviewedDate, StringComparer.Ordinal);
        // A page's permanent copy and its aliases' redirects are not pages of their own.
        var redirects = site.Pages.SelectMany(p => p.OtherAddresses).Select(OutputFile.ForUrlPath).ToHashSet(StringComparer.Ordinal);
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var file in files.Where(f => f.CopyFrom is null && f.Path.EndsWith("index.html", StringComparison.Ordinal) && !redirects.Contains(f.Path))
                     .OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var url = site.AbsoluteUrl(file.Path[..^"index.html".Length]);
            sb.Append("  <url><loc>").Append(SecurityElement.Escape(url)).Append("</loc>");
            if (reviewed.GetValueOrDefault(file.Path) is { } date) sb.Append("<lastmod>").Append(Dates.Iso(date)).Append("</lastmod>");
            sb.Append("</url>\n");
        }
        sb.Append("</urlset>\n");
        return OutputFile.FromText(SitePaths.Sitemap, sb.ToString());
    }
}
