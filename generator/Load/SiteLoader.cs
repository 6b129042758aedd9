using System.Collections.Concurrent;
using System.Text;
using Guidance.Model;

namespace Guidance.Load;

/// <summary>
/// The load stage: reads every file of a content folder into a <see cref="Site"/>. Problems become
/// diagnostics; only an unreadable folder or file is fatal (<see cref="ContentReadException"/>).
/// </summary>
public static class SiteLoader
{
    public const string SiteFile = "site.yml";
    public const string LeadsFile = "leads.yml";
    public const string GlossaryFile = "glossary.yml";
    public const string StaticFolder = "static";

    /// <param name="contentDir">The content folder as the user typed it; diagnostics show paths under it.</param>
    public static Site Load(string contentDir, Diagnostics diagnostics)
    {
        var root = Path.GetFullPath(contentDir);
        if (!Directory.Exists(root)) throw new ContentReadException($"the content folder '{contentDir}' does not exist");

        string Display(string relative) => Path.Join(contentDir, relative).Replace('\\', '/');

        var settingsText = ReadOptional(root, SiteFile);
        SiteSettings settings;
        if (settingsText is null)
        {
            diagnostics.Error(Validate.Rules.RequiredFieldsRule.Code, new SourceLocation(Display(SiteFile), 1, 1),
                "the content folder has no site.yml", "Create site.yml with at least 'title: Your site title'");
            settings = new SiteSettings(new SourceLocation(Display(SiteFile), 1, 1), null, null, null);
        }
        else
        {
            settings = RegistryLoader.ReadSettings(new YamlReader(Display(SiteFile), 0, diagnostics), settingsText);
        }

        var leadsText = ReadOptional(root, LeadsFile);
        var leadsDiagnostics = new Diagnostics();
        var leads = leadsText is null ? [] : RegistryLoader.ReadLeads(new YamlReader(Display(LeadsFile), 0, leadsDiagnostics), leadsText);
        // A leads.yml that does not parse makes every owner and lead unknown: those follow from its error.
        foreach (var d in leadsDiagnostics.Sorted()) diagnostics.Add(d);
        var unloaded = new ConcurrentBag<UnloadedPage>();
        if (leadsDiagnostics.Sorted().Any(d => d.Code == YamlReader.Malformed)) unloaded.Add(new UnloadedPage(LeadsFile, Display(LeadsFile), []));
        var glossaryText = ReadOptional(root, GlossaryFile);
        var glossary = glossaryText is null ? [] : RegistryLoader.ReadGlossary(new YamlReader(Display(GlossaryFile), 0, diagnostics), glossaryText);

        var staticRoot = Path.Combine(root, StaticFolder);
        var markdownFiles = Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Select(f => Relative(root, f))
            .Where(r => !r.StartsWith(StaticFolder + "/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

        var pages = new ConcurrentBag<Page>();
        Parallel.ForEach(markdownFiles, relative =>
        {
            var text = ReadFile(Path.Combine(root, relative));
            var page = PageLoader.Load(relative, Display(relative), text, diagnostics);
            if (page is not null) pages.Add(page);
            else unloaded.Add(UnloadedPage.From(relative, Display(relative), text));
        });

        var staticFiles = Directory.Exists(staticRoot)
            ? Directory.EnumerateFiles(staticRoot, "*", SearchOption.AllDirectories).Select(f => Relative(staticRoot, f)).Order(StringComparer.Ordinal).ToList()
            : [];

        return new Site(root, settings, pages.ToList(), leads, glossary, staticFiles)
        {
            Unloaded = unloaded.OrderBy(u => u.RelativePath, StringComparer.Ordinal).ToList(),
        };
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private static string? ReadOptional(string root, string name)
    {
        var path = Path.Combine(root, name);
        return File.Exists(path) ? ReadFile(path) : null;
    }

    /// <summary>
    /// Reads a file as File.ReadAllText does (UTF-8 unless a byte-order mark says otherwise) but
    /// without its stream buffers: a page costs its bytes and its string, 13 kB less a page.
    /// </summary>
    private static string ReadFile(string path)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            var text = bytes.AsSpan();
            if (text.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Encoding.UTF8.GetString(text[3..]);
            // A UTF-16 or UTF-32 mark is rare in Markdown: the reader that detects marks decodes the bytes read.
            if (text.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || text.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || text.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
            {
                using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                return reader.ReadToEnd();
            }
            return Encoding.UTF8.GetString(bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ContentReadException($"cannot read '{path}': {ex.Message}");
        }
    }
}

/// <summary>The content could not be read at all (exit code 2), as opposed to content with errors (exit code 1).</summary>
public sealed class ContentReadException(string message) : Exception(message);
