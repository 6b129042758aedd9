using System.Text;
using System.Text.RegularExpressions;
using Guidance.Model;

namespace Guidance.Render.Redirects;

/// <summary>
/// The redirect map as each common web server reads it, written beside the site so that a deploy which
/// copies the output folder configures the server too: <c>web.config</c> (IIS with URL Rewrite),
/// <c>.htaccess</c> (Apache with mod_rewrite, <c>AllowOverride FileInfo</c>) and
/// <c>nginx-redirects.conf</c> (to <c>include</c> in the site's <c>server</c> block). Each also serves
/// the site's own 404 page for a missing address.
/// </summary>
public static partial class ServerRedirects
{
    public static IEnumerable<OutputFile> Files(RedirectMap map, string baseUrl)
    {
        yield return OutputFile.FromText(SitePaths.IisConfig, IisConfig(map, baseUrl));
        yield return OutputFile.FromText(SitePaths.ApacheConfig, ApacheConfig(map, baseUrl));
        yield return OutputFile.FromText(SitePaths.NginxConfig, NginxConfig(map, baseUrl));
    }

    /// <summary>One rewrite map and one rule: IIS looks the request's path up in the map.</summary>
    private static string IisConfig(RedirectMap map, string baseUrl)
    {
        var text = new StringBuilder()
            .Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
            .Append("<!-- Written by guidance build: permanent links and old addresses answer with a 301 (IIS URL Rewrite module),\n")
            .Append("     and a missing address gets the site's 404 page. -->\n")
            .Append("<configuration>\n  <system.webServer>\n    <rewrite>\n      <rewriteMaps>\n        <rewriteMap name=\"GuidanceRedirects\">\n");
        foreach (var r in map.Entries) text.Append("          <add key=\"").Append(Xml(r.From)).Append("\" value=\"").Append(Xml(RedirectMap.Encode(r.To))).Append("\" />\n");
        text.Append("        </rewriteMap>\n      </rewriteMaps>\n      <rules>\n")
            .Append("        <rule name=\"Guidance redirects\" stopProcessing=\"true\">\n          <match url=\".*\" />\n")
            .Append("          <conditions>\n            <add input=\"{GuidanceRedirects:{URL}}\" pattern=\"(.+)\" />\n          </conditions>\n")
            .Append("          <action type=\"Redirect\" url=\"{C:1}\" redirectType=\"Permanent\" appendQueryString=\"true\" />\n")
            .Append("        </rule>\n      </rules>\n    </rewrite>\n")
            .Append("    <httpErrors errorMode=\"Custom\" existingResponse=\"Replace\">\n      <remove statusCode=\"404\" />\n")
            .Append("      <error statusCode=\"404\" path=\"").Append(Xml(baseUrl + SitePaths.NotFound)).Append("\" responseMode=\"ExecuteURL\" />\n")
            .Append("    </httpErrors>\n  </system.webServer>\n</configuration>\n");
        return text.ToString();
    }

    /// <summary>A rule per address, matched against the path below the folder the file is in, as .htaccess rules are.</summary>
    private static string ApacheConfig(RedirectMap map, string baseUrl)
    {
        var text = new StringBuilder()
            .Append("# Written by guidance build: permanent links and old addresses answer with a 301 (mod_rewrite),\n")
            .Append("# and a missing address gets the site's 404 page.\n")
            .Append("ErrorDocument 404 ").Append(baseUrl).Append(SitePaths.NotFound).Append('\n')
            .Append("RewriteEngine On\n");
        foreach (var r in map.Entries.Where(r => r.From.StartsWith(baseUrl, StringComparison.Ordinal)))
            text.Append("RewriteRule \"^").Append(ApachePattern(r.From[baseUrl.Length..])).Append("$\" \"").Append(ApacheTarget(RedirectMap.Encode(r.To))).Append("\" [R=301,L,NE]\n");
        return text.ToString();
    }

    /// <summary>An exact-match location per address, for the site's server block.</summary>
    private static string NginxConfig(RedirectMap map, string baseUrl)
    {
        var text = new StringBuilder()
            .Append("# Written by guidance build. Include it in the server block that serves this site:\n")
            .Append("#     include /path/to/output/").Append(SitePaths.NginxConfig).Append(";\n")
            .Append("# Permanent links and old addresses answer with a 301, and a missing address gets the site's 404 page.\n")
            .Append("error_page 404 ").Append(baseUrl).Append(SitePaths.NotFound).Append(";\n");
        foreach (var r in map.Entries)
            text.Append("location = ").Append(NginxString(r.From)).Append(" { return 301 ").Append(NginxString(RedirectMap.Encode(r.To) + "$is_args$args")).Append("; }\n");
        return text.ToString();
    }

    private static string Xml(string value) => System.Security.SecurityElement.Escape(value);

    // Servers match the decoded path a request names and send the encoded address. Every argument is
    // quoted (validation keeps quotes, backslashes and control characters out of paths), a pattern's
    // every sign is escaped, and a target's '%' and '$' (back-references to Apache), so no alias can
    // add a directive or a rule.
    private static string ApachePattern(string path) => RegexSpecial().Replace(path, @"\$0");

    private static string ApacheTarget(string path) => TargetSpecial().Replace(path, @"\$0");

    private static string NginxString(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    [GeneratedRegex(@"[^A-Za-z0-9/_~-]")]
    private static partial Regex RegexSpecial();

    [GeneratedRegex(@"[$%\\]")]
    private static partial Regex TargetSpecial();
}
