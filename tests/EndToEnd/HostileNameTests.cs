using System.Text;
using Guidance.Tests.Support;

namespace Guidance.Tests.EndToEnd;

/// <summary>
/// Property-style containment: aliases, page ids (file names) and static file names drawn at random
/// from a hostile alphabet (climbs, dots, both slashes, percent-encoded separators, NUL, Windows
/// device names). Whatever is drawn, the build either succeeds or reports diagnostics; it never throws,
/// never creates or changes a file outside its output folder, and never publishes a file from outside
/// the content folder. The seed is fixed, so a failure names a case that can be replayed.
/// </summary>
public class HostileNameTests
{
    private const int Seed = 20261203;
    private const int Cases = 40;

    private static readonly string[] Alphabet =
    [
        "..", ".", "...", "%2e%2e", "%2E.", "%2f", "%2F", "%5c", "%00", "\\", "/", "//", "\0",
        "a", "b-c", "d", "page", "con", "NUL", "aux", "com1", "lpt9.txt", "prn.md", "~", " ", ":", "*", "?", "#", "é", "a", "b-c", "index.html", "assets", "id",
    ];

    [Fact]
    public void Random_hostile_aliases_ids_and_static_names_stay_inside_the_output()
    {
        var random = new Random(Seed);
        var built = 0;
        for (var n = 0; n < Cases; n++)
        {
            // One hostile name a case, beside otherwise good content, so that the names the build accepts
            // are really written and the ones it refuses are refused on their own account.
            var kind = n % 3;
            var alias = "/" + Draw(random, 1, 4) + (random.Next(2) == 0 ? "/" : "");
            var name = FileName(Draw(random, 1, 3, allowSeparators: false));
            var label = $"case {n} (seed {Seed}): " + (kind == 0 ? $"alias '{Escape(alias)}'" : kind == 1 ? $"page 'guides/{name}.md'" : $"static 'static/{name}'");

            using var site = TempSite.From();
            Directory.CreateDirectory(site.Outside);
            File.WriteAllText(Path.Combine(site.Outside, "secret.txt"), "SECRET-OUTSIDE-CONTENT");
            var page = "---\ntitle: Hostile\nowner: psw\nreview_due: 2030-01-01\n" + (kind == 0 ? $"aliases: [{Yaml(alias)}]\n" : "") + "---\nBody.\n";
            if (kind == 2) site.Write($"static/{name}", "static file");
            site.Write(kind == 1 ? $"guides/{name}.md" : "guides/hostile.md", page);

            var watched = Ancestors(site.Root).SelectMany(a => Segments(alias).Select(s => Path.Combine(a, s))).Distinct().ToList();
            var existedBefore = watched.Where(Exists).ToHashSet();
            var around = Mine(Surroundings.Snapshot(site));

            var run = site.Build();

            Assert.True(run.ExitCode is 0 or 1, $"{label}: exit {run.ExitCode}\n{run.Stderr}");
            Assert.False(run.Stderr.Contains("   at ", StringComparison.Ordinal), $"{label}: stack trace\n{run.Stderr}");
            Assert.True(run.ExitCode == 0 || run.Diagnostics.Any(d => d.Contains(": error GV", StringComparison.Ordinal)), $"{label}: failed without a diagnostic\n{run.Stderr}");
            Assert.Equal(around, Mine(Surroundings.Snapshot(site)));
            Assert.DoesNotContain(watched, p => Exists(p) && !existedBefore.Contains(p));
            if (run.ExitCode != 0) continue;
            built++;
            Assert.DoesNotContain(Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories),
                f => File.ReadAllText(f).Contains("SECRET-OUTSIDE-CONTENT", StringComparison.Ordinal));
        }
        // The property means little if every draw is refused before anything is written.
        Assert.InRange(built, Cases / 10, Cases - Cases / 10);
    }

    /// <summary>One to several symbols of the alphabet, joined as they fall (a path separator is itself a symbol).</summary>
    private static string Draw(Random random, int min, int max, bool allowSeparators = true)
    {
        var symbols = allowSeparators ? Alphabet : Alphabet.Where(s => !s.Contains('/') && s != "\0").ToArray();
        var text = new StringBuilder();
        for (int i = 0, count = random.Next(min, max + 1); i < count; i++) text.Append(symbols[random.Next(symbols.Length)]);
        return text.ToString();
    }

    /// <summary>A name the file system will take: Linux refuses only '/', NUL, '.' and '..'.</summary>
    private static string FileName(string drawn) => drawn is "." or ".." or "" ? drawn + "x" : drawn;

    /// <summary>The names an escaping alias could create in a folder above the site.</summary>
    private static IEnumerable<string> Segments(string alias) =>
        alias.Split('/', '\\').Where(s => s.Length > 0 && s is not "." and not ".." && !s.Contains('\0'));

    private static IEnumerable<string> Ancestors(string root)
    {
        for (var dir = Path.GetDirectoryName(root); dir is not null; dir = Path.GetDirectoryName(dir)) yield return dir;
    }

    /// <summary>Everything but the build's record of what it published, which a good build writes into the content folder.</summary>
    private static SortedDictionary<string, string> Mine(SortedDictionary<string, string> files)
    {
        files.Remove("content/.published.json");
        return files;
    }

    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);

    /// <summary>A YAML double-quoted scalar: backslash and NUL escaped, which YAML allows.</summary>
    private static string Yaml(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\0", "\\0").Replace("\"", "\\\"") + "\"";

    private static string Escape(string value) => value.Replace("\0", "\\0");
}
