using System.Text.Encodings.Web;
using System.Text.Json;
using Guidance.Markdown;
using Guidance.Model;
using Markdig.Syntax;

namespace Guidance.Index.Search;

/// <summary>The search files of a build and the manifest the search page names.</summary>
/// <param name="Files">Made as they are enumerated, once: hand each to the writer and keep only its path.</param>
public sealed record SearchIndex(IEnumerable<OutputFile> Files, string ManifestPath);

/// <summary>
/// Builds the offline search index, split so a query loads only what it needs (as Pagefind does):
/// <list type="bullet">
/// <item>a small manifest: page types, stop words, glossary expansions, and the first key of each chunk;</item>
/// <item>chunks by key range, each holding its words (word → stem) and stems (surface forms and postings);</item>
/// <item>one small file per page with its title, address, type and section texts, fetched only for results shown.</item>
/// </list>
/// Every file is named by its content hash (the page files by one hash over the set, in their folder
/// name), so browsers may cache them forever. Render hands each page's parsed tree to <see cref="Add"/>
/// on its own threads; each page is reduced there to its file and weighed stems, and the tree is let go.
/// </summary>
public sealed class SearchIndexBuilder : IDisposable
{
    public const string Folder = "search/";

    /// <summary>The manifest's fixed address, which every page's header search loads.</summary>
    public const string CurrentManifest = Folder + "manifest.json";

    /// <summary>Chunks close at about this many characters, where the first three letters of keys change.</summary>
    public const int ChunkTarget = 24 * 1024;

    /// <summary>How many pages' display texts share one file (see <see cref="PageFiles"/>).</summary>
    public const int PageGroup = 8;

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Site _site;
    private readonly List<Page> _pages;
    private readonly Dictionary<Page, int> _order = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, List<(GlossaryEntry, string?)>> _glossaryLinks;
    private readonly SearchDocumentReader _reader;
    private readonly ThreadLocal<PageTerms> _pageTerms;
    // UTF-8, half the memory of strings, held from render until the search stage hands them to the writer.
    private readonly byte[]?[] _fragments;
    private readonly (string Stem, int Weight, int Section)[]?[] _terms;

    public SearchIndexBuilder(Site site)
    {
        _site = site;
        // Pages are numbered by type, then address: the client tells a page's type from its number.
        var typeOrder = PageTypes.All.Select(i => i.Type).ToList();
        _pages = site.Pages.Where(p => !p.IsHome)
            .OrderBy(p => typeOrder.IndexOf(p.Type)).ThenBy(p => p.UrlPath, StringComparer.Ordinal).ToList();
        for (var i = 0; i < _pages.Count; i++) _order[_pages[i]] = i;
        _glossaryLinks = GlossaryLinks(site);
        _reader = new SearchDocumentReader(site);
        var phrases = new GlossaryPhrases(site.Glossary);
        _pageTerms = new ThreadLocal<PageTerms>(() => new PageTerms(phrases), trackAllValues: true);
        _fragments = new byte[]?[_pages.Count];
        _terms = new (string, int, int)[]?[_pages.Count];
    }

    /// <summary>Reads one page from its parsed body. Safe to call from many threads, once per page.</summary>
    public void Add(Page page, MarkdownDocument body)
    {
        if (!_order.TryGetValue(page, out var i)) return; // the home page is not a search result
        var doc = _reader.Read(page, body);
        if (_glossaryLinks.TryGetValue(page.Id.Value, out var links)) doc.GlossaryLinks.AddRange(links);
        _fragments[i] = Fragment(doc);
        _terms[i] = _pageTerms.Value!.Read(doc);
    }

    public SearchIndex Build()
    {
        // A page render did not hand over (a build without the hook) is parsed here.
        for (var i = 0; i < _pages.Count; i++)
            if (_terms[i] is null) Add(_pages[i], MarkdownPipelines.Parse(_pages[i].BodyText));

        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < _pages.Count; i++)
        {
            foreach (var (stem, weight, section) in _terms[i]!)
            {
                if (!postings.TryGetValue(stem, out var list)) postings[stem] = list = [];
                list.Add(i); list.Add(weight); list.Add(section);
            }
            _terms[i] = null;
        }

        var stemOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pageTerms in _pageTerms.Values)
            foreach (var (word, stem) in pageTerms.Stemmer.Seen)
                if (postings.ContainsKey(stem)) stemOf[word] = stem;

        var pagesFolder = Folder + "pages." + ContentHash.Of(Groups(release: false)) + "/";
        var files = new List<OutputFile>();
        var chunks = Chunks(postings, stemOf);
        foreach (var (_, path, text) in chunks) files.Add(OutputFile.FromText(path, text));
        var termsPath = TermsFile(files);
        var types = PageTypes.All.Select(i => (Info: i, Count: _pages.Count(p => p.Type == i.Type))).Where(t => t.Count > 0).ToList();
        var site = _site;
        var pageCount = _pages.Count;
        var manifest = Json(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("version", 1);
            w.WriteNumber("pages", pageCount);
            w.WriteString("pageFolder", pagesFolder);
            w.WriteNumber("pageGroup", PageGroup);
            if (termsPath is not null) w.WriteString("terms", termsPath);
            w.WriteStartArray("types");
            foreach (var (info, count) in types)
            {
                w.WriteStartArray();
                w.WriteStringValue(info.Name); w.WriteStringValue(info.Singular); w.WriteNumberValue(count); w.WriteStringValue(info.Plural);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteString("stop", string.Join(' ', Words.Stop));
            w.WriteStartArray("glossary");
            // Single-word acronyms only: the client matches a query word against them.
            foreach (var entry in site.Glossary.Where(e => !string.IsNullOrWhiteSpace(e.Expansion)).OrderBy(e => e.Term.Value, StringComparer.Ordinal))
            {
                var acronym = Lower(entry.Term.Value);
                if (acronym.Contains(' ') || acronym.Length == 0) continue;
                w.WriteStartArray();
                w.WriteStringValue(acronym); w.WriteStringValue(Lower(entry.Expansion!));
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteStartArray("chunks");
            foreach (var (first, path, _) in chunks)
            {
                w.WriteStartArray();
                w.WriteStringValue(first); w.WriteStringValue(path);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });
        var manifestPath = Folder + ContentHash.Name("manifest.json", manifest);
        files.Add(OutputFile.FromText(manifestPath, manifest));
        // The same manifest under a fixed name, for the header's search on every page: pages are
        // rendered before the index exists, so they cannot name its hash. The client asks for it with
        // cache: 'no-cache'; everything it names is content-hashed.
        files.Add(OutputFile.FromText(CurrentManifest, manifest));
        return new SearchIndex(files.Concat(PageFiles(pagesFolder)), manifestPath);
    }

    /// <summary>
    /// The glossary's single-word terms as answers of their own ("LADO" shows its expansion first):
    /// by the lower-cased term, its written form, its glossary address, expansion and definition. One
    /// file, fetched only when a query names a term, so an ordinary search never loads it.
    /// </summary>
    private string? TermsFile(List<OutputFile> files)
    {
        var entries = _site.Glossary.Where(e => !string.IsNullOrWhiteSpace(e.Expansion))
            .Select(e => (Key: Lower(e.Term.Value), Entry: e))
            .Where(e => e.Key.Length > 0 && !e.Key.Contains(' '))
            .DistinctBy(e => e.Key).OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        if (entries.Count == 0) return null;
        var text = Json(w =>
        {
            w.WriteStartObject();
            foreach (var (key, entry) in entries)
            {
                w.WriteStartArray(key);
                w.WriteStringValue(entry.Term.Value);
                w.WriteStringValue(Model.SitePaths.Glossary + "#" + entry.Anchor);
                w.WriteStringValue(entry.Expansion);
                w.WriteStringValue(entry.Definition ?? "");
                w.WriteEndArray();
            }
            w.WriteEndObject();
        });
        var path = Folder + ContentHash.Name("terms.json", text);
        files.Add(OutputFile.FromText(path, text));
        return path;
    }

    /// <summary>
    /// The page files, made one at a time as the writer takes them: page <c>n</c> is item <c>n % PageGroup</c>
    /// of file <c>n / PageGroup</c>. Eight pages a file cut the files search adds by seven in eight (a
    /// fresh build's time goes mostly on creating files) while a page of ten results still fetches
    /// only what it shows and its neighbours, about 40 KB a file on the synthetic corpus.
    /// </summary>
    private IEnumerable<OutputFile> PageFiles(string folder) =>
        Groups(release: true).Select((bytes, group) => new OutputFile(folder + group + ".json", bytes));

    /// <summary>Each group of page fragments as a JSON array; with <paramref name="release"/> each fragment is let go once used.</summary>
    private IEnumerable<byte[]> Groups(bool release)
    {
        for (var start = 0; start < _fragments.Length; start += PageGroup)
        {
            var end = Math.Min(start + PageGroup, _fragments.Length);
            var length = 2 + (end - start - 1);
            for (var i = start; i < end; i++) length += _fragments[i]!.Length;
            var bytes = new byte[length];
            var at = 0;
            bytes[at++] = (byte)'[';
            for (var i = start; i < end; i++)
            {
                if (i > start) bytes[at++] = (byte)',';
                _fragments[i]!.CopyTo(bytes, at);
                at += _fragments[i]!.Length;
                if (release) _fragments[i] = null;
            }
            bytes[at] = (byte)']';
            yield return bytes;
        }
    }

    /// <summary>Glossary entries that point at a page (<c>see: page#anchor</c>), by page id.</summary>
    private static Dictionary<string, List<(GlossaryEntry, string?)>> GlossaryLinks(Site site)
    {
        var links = new Dictionary<string, List<(GlossaryEntry, string?)>>(StringComparer.Ordinal);
        foreach (var entry in site.Glossary.OrderBy(e => e.Term.Value, StringComparer.Ordinal))
        {
            if (entry.See is null) continue;
            var reference = PageRef.Parse(entry.See.Value);
            if (!links.TryGetValue(reference.PageId, out var list)) links[reference.PageId] = list = [];
            list.Add((entry, reference.Anchor));
        }
        return links;
    }

    private static byte[] Fragment(SearchDocument doc) => JsonBytes(w =>
    {
        w.WriteStartObject();
        w.WriteString("title", doc.Title);
        w.WriteString("path", doc.Path);
        if (doc.Summary is not null) w.WriteString("summary", doc.Summary);
        w.WriteStartArray("sections");
        foreach (var section in doc.Sections)
        {
            w.WriteStartArray();
            w.WriteStringValue(section.Anchor); w.WriteStringValue(section.Heading); w.WriteStringValue(section.Text);
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>
    /// The keys (stems with postings, and words whose stem differs) in order, cut into chunks of about
    /// <see cref="ChunkTarget"/> characters. A cut falls where the first three letters change, so a
    /// misspelt word is almost always in the chunk of the word it was meant to be.
    /// </summary>
    private static List<(string First, string Path, string Text)> Chunks(Dictionary<string, List<int>> postings, Dictionary<string, string> stemOf)
    {
        var forms = stemOf.Where(p => p.Key != p.Value).GroupBy(p => p.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join(' ', g.Select(p => p.Key).Order(StringComparer.Ordinal)), StringComparer.Ordinal);
        var keys = postings.Keys.Concat(stemOf.Where(p => p.Key != p.Value).Select(p => p.Key))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        var chunks = new List<(string, string, string)>();
        var start = 0;
        var size = 0;
        var encoded = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            if (i > start && size >= ChunkTarget && (Prefix(keys[i - 1]) != Prefix(key) || size >= 4 * ChunkTarget))
            {
                chunks.Add(Chunk(keys.GetRange(start, i - start)));
                start = i;
                size = 0;
            }
            size += key.Length + 8;
            if (stemOf.TryGetValue(key, out var stem) && stem != key) size += stem.Length;
            if (postings.TryGetValue(key, out var list))
            {
                var text = Postings.Encode(list);
                encoded[key] = text;
                size += text.Length + (forms.TryGetValue(key, out var f) ? f.Length : 0);
            }
        }
        if (keys.Count > start || chunks.Count == 0) chunks.Add(Chunk(keys.GetRange(start, keys.Count - start)));
        return chunks;

        (string, string, string) Chunk(List<string> range)
        {
            var text = Json(w =>
            {
                w.WriteStartObject();
                w.WriteStartObject("words");
                foreach (var key in range)
                    if (stemOf.TryGetValue(key, out var stem) && stem != key) w.WriteString(key, stem);
                w.WriteEndObject();
                w.WriteStartObject("stems");
                foreach (var key in range)
                {
                    if (!encoded.TryGetValue(key, out var list)) continue;
                    w.WriteStartArray(key);
                    w.WriteStringValue(forms.GetValueOrDefault(key, "")); w.WriteStringValue(list);
                    w.WriteEndArray();
                }
                w.WriteEndObject();
                w.WriteEndObject();
            });
            return (range.Count > 0 ? range[0] : "", Folder + ContentHash.Name("chunk.json", text), text);
        }
    }

    private static string Prefix(string key) => key.Length <= 3 ? key : key[..3];

    private static string Lower(string text)
    {
        var words = new List<string>();
        Words.Split(text, new char[Words.MaxLength], w => words.Add(w.ToString()));
        return string.Join(' ', words);
    }

    private static string Json(Action<Utf8JsonWriter> write) => System.Text.Encoding.UTF8.GetString(JsonBytes(write));

    private static byte[] JsonBytes(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Compact)) write(writer);
        return stream.ToArray();
    }

    /// <summary>Lets go of each thread's term reader.</summary>
    public void Dispose() => _pageTerms.Dispose();
}
