using System.Text;
using System.Text.Json;
using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Edition;

/// <summary>
/// <c>content/.published.json</c>: the URLs and heading anchors each profile published at its last
/// good build, kept with the content so a build can tell when a link someone saved would break. One
/// URL a line, sorted, so the file diffs well and two builds write the same bytes.
/// </summary>
public static class PublishedManifest
{
    public const string FileName = ".published.json";

    /// <summary>What a manifest held when it was read: each profile's URLs, and its text (null when there was no file).</summary>
    public sealed record Contents(IReadOnlyDictionary<string, PublishedUrls> Profiles, string? Text);

    /// <summary>Each profile's published URLs; empty when there is no manifest yet. A damaged file is a GV032 problem.</summary>
    public static Contents Read(string path, string displayPath, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, PublishedUrls>(StringComparer.Ordinal);
        if (!File.Exists(path)) return new Contents(result, null);
        var text = File.ReadAllText(path);
        var lines = LinesOfKeys(text);
        try
        {
            using var json = JsonDocument.Parse(text);
            foreach (var profile in json.RootElement.EnumerateObject())
            {
                var entries = new List<PublishedEntry>();
                foreach (var url in profile.Value.EnumerateObject())
                {
                    var entry = url.Value;
                    entries.Add(new PublishedEntry(url.Name,
                        entry.GetProperty("id").GetString() ?? "",
                        entry.GetProperty("file").GetString() ?? "",
                        entry.GetProperty("anchors").EnumerateArray().Select(a => a.GetString() ?? "").ToList(),
                        new SourceLocation(displayPath, lines.GetValueOrDefault((profile.Name, url.Name), 1), 5)));
                }
                result[profile.Name] = new PublishedUrls(entries);
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            diagnostics.Report(Codes.RemovedUrl, new SourceLocation(displayPath, 1, 1), $"the list of published URLs cannot be read: {ex.Message}",
                "Restore the file from version control; it is written by 'guidance build' and not edited by hand");
            result.Clear();
        }
        return new Contents(result, text);
    }

    /// <summary>
    /// Sets one profile's URLs, keeps the others' as <paramref name="before"/> read them at the start
    /// of the build, and writes the file only if its text changes.
    /// </summary>
    /// <returns>Whether the file changed (so the author can be told it needs committing).</returns>
    public static bool Write(string path, Contents before, string profile, PublishedUrls urls)
    {
        var all = new Dictionary<string, PublishedUrls>(before.Profiles, StringComparer.Ordinal) { [profile] = urls };
        var text = Format(all);
        if (text == before.Text) return false;
        var temporary = path + ".writing";
        try
        {
            File.WriteAllText(temporary, text, new UTF8Encoding(false));
            File.Move(temporary, path, overwrite: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputException($"cannot write the list of published URLs '{path}': {ex.Message}");
        }
    }

    public static string Format(IReadOnlyDictionary<string, PublishedUrls> profiles)
    {
        var text = new StringBuilder("{\n");
        var names = profiles.Keys.Order(StringComparer.Ordinal).ToList();
        for (var p = 0; p < names.Count; p++)
        {
            text.Append("  ").Append(Quote(names[p])).Append(": {\n");
            var entries = profiles[names[p]].ByUrl.Values.ToList();
            for (var i = 0; i < entries.Count; i++)
            {
                var e = entries[i];
                text.Append("    ").Append(Quote(e.Url))
                    .Append(": { \"id\": ").Append(Quote(e.Id))
                    .Append(", \"file\": ").Append(Quote(e.File))
                    .Append(", \"anchors\": [").Append(string.Join(", ", e.Anchors.Select(Quote))).Append("] }")
                    .Append(i < entries.Count - 1 ? ",\n" : "\n");
            }
            text.Append("  }").Append(p < names.Count - 1 ? ",\n" : "\n");
        }
        return text.Append("}\n").ToString();
    }

    /// <summary>A JSON string literal, escaped as System.Text.Json does, without its serializer's start-up cost.</summary>
    private static string Quote(string value) => "\"" + JsonEncodedText.Encode(value).Value + "\"";

    /// <summary>
    /// The line of each URL under each profile, found in one pass so a problem can point at it. The file
    /// is written one key a line (profiles indented two spaces, URLs four), as <see cref="Format"/> does.
    /// </summary>
    private static Dictionary<(string Profile, string Url), int> LinesOfKeys(string text)
    {
        var result = new Dictionary<(string, string), int>();
        var profile = "";
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var indent = line.Length - line.TrimStart().Length;
            if (line.Length <= indent || line[indent] != '"') continue;
            var end = line.IndexOf("\": ", indent + 1, StringComparison.Ordinal);
            if (end < 0) continue;
            string? key;
            var quoted = line[indent..(end + 1)];
            // Keys are plain URLs; only one with an escape needs a JSON reader to decode it.
            try { key = quoted.Contains('\\') ? JsonDocument.Parse(quoted).RootElement.GetString() : quoted[1..^1]; } catch (JsonException) { continue; }
            if (key is null) continue;
            if (indent == 2) profile = key;
            else if (indent == 4) result.TryAdd((profile, key), i + 1);
        }
        return result;
    }
}
