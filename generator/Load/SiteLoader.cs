using System.Collections.Concurrent;
using Guidance.Diagnostics;
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
    public const string StaticFolder = Site.StaticFolder;

    /// <param name="contentDir">The content folder as the user typed it; diagnostics show paths under it.</param>
    public static Site Load(string contentDir, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(contentDir);
        if (!Directory.Exists(root)) throw new ContentReadException($"the content folder '{contentDir}' does not exist");

        string Display(string relative) => Path.Join(contentDir, relative).Replace('\\', '/');

        // site.yml says how to treat links out of the folder, so its own link is always an error.
        var hasSettings = File.Exists(Path.Combine(root, SiteFile));
        var settingsText = hasSettings && new ContentFiles(root, Display, diagnostics, skipOutside: false).MayRead(SiteFile)
            ? ReadOptional(root, SiteFile, Display, diagnostics)
            : null;
        SiteSettings settings;
        if (settingsText is null)
        {
            if (!hasSettings)
                diagnostics.Report(Codes.RequiredFields, new SourceLocation(Display(SiteFile), 1, 1),
                    "the content folder has no site.yml", "Create site.yml with at least 'title: Your site title'");
            settings = new SiteSettings(new SourceLocation(Display(SiteFile), 1, 1), null, null, null);
        }
        else
        {
            settings = RegistryLoader.ReadSettings(new YamlReader(Display(SiteFile), 0, diagnostics), settingsText);
        }

        // Every file is listed once, links out of the content folder reported and left out.
        var files = new ContentFiles(root, Display, diagnostics, settings.SkipOutsideLinks);
        var all = files.All();
        string? Registry(string name, DiagnosticBag into) => all.Contains(name) ? ReadOptional(root, name, Display, into) : null;

        var leadsDiagnostics = new DiagnosticBag();
        var leadsText = Registry(LeadsFile, leadsDiagnostics);
        var leads = leadsText is null ? [] : RegistryLoader.ReadLeads(new YamlReader(Display(LeadsFile), 0, leadsDiagnostics), leadsText);
        // A leads.yml that does not parse makes every owner and lead unknown: those follow from its error.
        foreach (var d in leadsDiagnostics.Sorted()) diagnostics.Add(d);
        var unloaded = new ConcurrentBag<UnloadedPage>();
        if (leadsDiagnostics.Sorted().Any(d => d.Code == Codes.Malformed.Code)) unloaded.Add(new UnloadedPage(LeadsFile, Display(LeadsFile), []));
        var glossaryText = Registry(GlossaryFile, diagnostics);
        var glossary = glossaryText is null ? [] : RegistryLoader.ReadGlossary(new YamlReader(Display(GlossaryFile), 0, diagnostics), glossaryText);

        var staticPrefix = StaticFolder + "/";
        var markdownFiles = all.Where(r => r.EndsWith(".md", StringComparison.Ordinal) && !r.StartsWith(staticPrefix, StringComparison.Ordinal)).ToList();

        var pages = new ConcurrentBag<Page>();
        Parallel.ForEach(markdownFiles, relative =>
        {
            var text = ReadFile(Path.Combine(root, relative), Display(relative), diagnostics);
            var page = PageLoader.Load(relative, Display(relative), text, diagnostics);
            if (page is not null) pages.Add(page);
            else unloaded.Add(UnloadedPage.From(relative, Display(relative), text));
        });

        var staticFiles = all.Where(r => r.StartsWith(staticPrefix, StringComparison.Ordinal)).Select(r => r[staticPrefix.Length..]).ToList();

        return new Site(root, settings, pages.ToList(), leads, glossary, staticFiles)
        {
            DisplayRoot = contentDir,
            Unloaded = unloaded.OrderBy(u => u.RelativePath, StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>
    /// Loads a content folder as a commit left it (see <c>History/GitContent</c>), from its files'
    /// bytes rather than the disk: the same readers as <see cref="Load"/>, so a version is read exactly
    /// as the current content is. Diagnostics name the paths under <paramref name="displayRoot"/>.
    /// </summary>
    /// <param name="blobs">Each file's git object, naming the file's version for <paramref name="cache"/>.</param>
    /// <param name="cache">Pages already read from the same version of the same file, reused with their diagnostics.</param>
    /// <param name="prepare">
    /// What the caller makes of each page as it is read, kept in <paramref name="cache"/> with it: a history
    /// outlines each version of a file once (the Markdown stage), not once per commit that holds it.
    /// </param>
    public static Site LoadSnapshot(string contentRoot, string displayRoot, IReadOnlyDictionary<string, byte[]> files, IReadOnlyList<string> otherFiles, DiagnosticBag diagnostics,
        IReadOnlyDictionary<string, string>? blobs = null, SnapshotCache? cache = null, Func<Page, DiagnosticBag, Page>? prepare = null)
    {
        string Display(string relative) => Path.Join(displayRoot, relative).Replace('\\', '/');
        string? Text(string name, DiagnosticBag into) => files.TryGetValue(name, out var bytes) ? ContentText.Decode(bytes, Display(name), into) : null;
        // A registry read once per version of its file, with what reading it reported.
        T Registry<T>(string name, Func<DiagnosticBag, T> read)
        {
            var key = blobs?.GetValueOrDefault(name) is { } blob ? name + "\n" + blob : null;
            if (key is null || cache is null || !cache.Registries.TryGetValue(key, out var known))
            {
                var own = new DiagnosticBag();
                known = (read(own), own.Sorted());
                if (key is not null && cache is not null) cache.Registries[key] = known;
            }
            foreach (var d in known.Diagnostics) diagnostics.Add(d);
            return (T)known.Value!;
        }

        var hasSettings = files.ContainsKey(SiteFile);
        var settings = Registry(SiteFile, into => Text(SiteFile, into) is { } text
            ? RegistryLoader.ReadSettings(new YamlReader(Display(SiteFile), 0, into), text)
            : new SiteSettings(new SourceLocation(Display(SiteFile), 1, 1), null, null, null));
        if (!hasSettings)
            diagnostics.Report(Codes.RequiredFields, new SourceLocation(Display(SiteFile), 1, 1),
                "the content folder has no site.yml", "Create site.yml with at least 'title: Your site title'");
        var leads = Registry<List<Lead>>(LeadsFile, into => Text(LeadsFile, into) is { } text ? RegistryLoader.ReadLeads(new YamlReader(Display(LeadsFile), 0, into), text) : []);
        var glossary = Registry<List<GlossaryEntry>>(GlossaryFile, into => Text(GlossaryFile, into) is { } text ? RegistryLoader.ReadGlossary(new YamlReader(Display(GlossaryFile), 0, into), text) : []);

        var pages = new List<Page>();
        // In any order: the site sorts its pages by path.
        foreach (var (relative, bytes) in files)
        {
            if (!relative.EndsWith(".md", StringComparison.Ordinal)) continue;
            (string, string)? key = blobs?.GetValueOrDefault(relative) is { } blob ? (relative, blob) : null;
            if (key is null || cache is null || !cache.Pages.TryGetValue(key.Value, out var known))
            {
                var own = new DiagnosticBag();
                var page = PageLoader.Load(relative, Display(relative), ContentText.Decode(bytes, Display(relative), own), own);
                known = (page is not null && prepare is not null ? prepare(page, own) : page, own.Sorted());
                if (key is not null && cache is not null) cache.Pages[key.Value] = known;
            }
            foreach (var d in known.Diagnostics) diagnostics.Add(d);
            if (known.Page is not null) pages.Add(known.Page);
        }
        var staticPrefix = StaticFolder + "/";
        var staticFiles = otherFiles.Where(r => r.StartsWith(staticPrefix, StringComparison.Ordinal)).Select(r => r[staticPrefix.Length..]).ToList();
        return new Site(contentRoot, settings, pages, leads, glossary, staticFiles) { DisplayRoot = displayRoot };
    }

    private static string? ReadOptional(string root, string name, Func<string, string> display, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(root, name);
        return File.Exists(path) ? ReadFile(path, display(name), diagnostics) : null;
    }

    /// <summary>Reads a file's bytes and decodes them once (<see cref="ContentText"/>), without a reader's stream buffers.</summary>
    private static string ReadFile(string path, string display, DiagnosticBag diagnostics)
    {
        try
        {
            return ContentText.Decode(File.ReadAllBytes(path), display, diagnostics);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ContentReadException($"cannot read '{path}': {ex.Message}");
        }
    }
}
