using System.Text.Json;
using Guidance.Tests.Support;
using Jint;
using Jint.Native;

namespace Guidance.Tests.Index;

/// <summary>
/// The real client, <c>assets/search.&lt;hash&gt;.js</c> from a built site, run in an embedded JavaScript
/// engine (Jint) against that site's real index files. Its fetch reads the output folder and counts
/// the bytes each query loads, as a browser's network panel would.
/// </summary>
public sealed class SearchClient
{
    private static readonly JsonSerializerOptions AnswerJson = new() { PropertyNameCaseInsensitive = true };
    private readonly Engine _js = new();
    private readonly string _output;

    public SearchClient(string output)
    {
        _output = output;
        var script = Directory.GetFiles(Path.Combine(output, "assets"), "search.*.js").Single();
        var searchPage = File.ReadAllText(Path.Combine(output, "search", "index.html"));
        var manifest = System.Text.RegularExpressions.Regex.Match(searchPage, "data-index=\"([^\"]+)\"").Groups[1].Value;
        _js.SetValue("readSiteFile", new Func<string, string>(Read));
        _js.Execute(File.ReadAllText(script));
        _js.Execute($$"""
            var engine = new GuidanceSearch.Engine({{JsonSerializer.Serialize(manifest)}}, function (path) {
              return Promise.resolve(JSON.parse(readSiteFile(path)));
            });
            async function run(query, typing, count, exact) {
              var found = await engine.search(query, typing, { exact: exact });
              var top = await Promise.all(found.results.slice(0, count).map(function (r) { return engine.describe(r, found.forms); }));
              var terms = await engine.glossaryAnswers(found);
              return JSON.stringify({ total: found.results.length, top: top, corrected: found.corrected, terms: terms });
            }
            """);
    }

    /// <summary>Paths of the site's files the client has fetched so far, in order.</summary>
    public List<string> Fetched { get; } = [];

    public SearchAnswer Search(string query, bool typing = false, int count = 3, bool exact = false)
    {
        var json = _js.Invoke("run", query, typing, count, exact).UnwrapIfPromise().AsString();
        return JsonSerializer.Deserialize<SearchAnswer>(json, AnswerJson)!;
    }

    private string Read(string path)
    {
        Fetched.Add(path);
        return File.ReadAllText(Path.Combine(_output, path));
    }
}

/// <param name="Corrected">The query as the client corrected its misspellings, or null.</param>
/// <param name="Terms">Glossary terms the query names, shown above the pages.</param>
public sealed record SearchAnswer(int Total, List<SearchHit> Top, string? Corrected = null, List<SearchTerm>? Terms = null)
{
    public IEnumerable<string> Paths => Top.Select(t => t.Path);
}

public sealed record SearchTerm(string Term, string Url, string Expansion, string Definition);

public sealed record SearchHit(string Title, string Path, string Anchor, string Section, string TypeLabel, string TypeName, string ExcerptHtml);
