using System.Text;

namespace Guidance.Bench.Corpus;

/// <summary>
/// Writes a whole corpus into a content folder: site.yml, leads.yml, glossary.yml, a few static
/// forms and every planned page. Same pages and seed, same bytes.
/// </summary>
public static class CorpusWriter
{
    /// <summary>Left in a folder this tool wrote, so a second run may replace it and nothing else.</summary>
    public const string Marker = ".guidance-corpus";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string outDir, int pageCount, ulong seed)
    {
        if (Directory.Exists(outDir))
        {
            if (Directory.EnumerateFileSystemEntries(outDir).Any() && !File.Exists(Path.Combine(outDir, Marker)))
                throw new IOException($"'{outDir}' is not empty and was not written by this tool; choose an empty or new folder");
            Directory.Delete(outDir, recursive: true);
        }
        Directory.CreateDirectory(outDir);

        var pages = CorpusPlan.Make(pageCount, seed);
        var writer = new PageWriter(pages, seed);
        Save(outDir, Marker, $"pages: {pageCount}\nseed: {seed}\n");
        Save(outDir, "site.yml", "title: \"Synthetic practice guidance\"\norganisation: \"Benchmark Borough Children's Services\"\nbase_path: /\nsite_url: https://intranet.example.org\n");
        Save(outDir, "leads.yml", Leads());
        Save(outDir, "glossary.yml", Glossary(writer.PanelIds.ToList()));
        for (var form = 1; form <= PageWriter.StaticForms; form++)
            Save(outDir, $"static/forms/referral-form-{form}.pdf", $"%PDF-1.4\n% referral form {form}\n");

        foreach (var folder in pages.Select(p => p.Folder).Distinct()) Directory.CreateDirectory(Path.Combine(outDir, folder));
        Parallel.ForEach(pages, page => Save(outDir, page.RelativePath, writer.Write(page)));
    }

    private static string Leads()
    {
        var sb = new StringBuilder();
        foreach (var (id, title, service) in Words.Leads)
        {
            sb.Append(id).Append(":\n");
            sb.Append("  title: \"").Append(title).Append("\"\n");
            sb.Append("  service: \"").Append(service).Append("\"\n");
            sb.Append("  email: ").Append(id).Append("@example.org\n");
        }
        return sb.ToString();
    }

    /// <summary>Every acronym; every other one has a definition, and some point at a panel page.</summary>
    private static string Glossary(List<string> panelIds)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < Words.Acronyms.Length; i++)
        {
            var (term, expansion) = Words.Acronyms[i];
            if (i % 2 == 0)
            {
                sb.Append(term).Append(": \"").Append(expansion).Append("\"\n");
                continue;
            }
            sb.Append(term).Append(":\n  expansion: \"").Append(expansion).Append("\"\n");
            sb.Append("  definition: \"What the ").Append(expansion).Append(" is and when practitioners use it.\"\n");
            if (i % 4 == 1) sb.Append("  see: ").Append(panelIds[i / 4 % panelIds.Count]).Append('\n');
        }
        return sb.ToString();
    }

    private static void Save(string outDir, string relativePath, string text)
    {
        var path = Path.Combine(outDir, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Utf8);
    }
}
