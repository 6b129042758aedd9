using Guidance.Model;

namespace Guidance.Index.Search;

/// <summary>
/// Glossary expansions as runs of stems, so text that spells out "Threshold of Care Legal Planning
/// Meeting" is found by "TCLPM" too. The other direction, a query spelling out an acronym, is the
/// client's: the manifest ships each acronym with its expansion's words. Read-only once built, so
/// shared by every thread; each thread's stems are matched by their text.
/// </summary>
public sealed class GlossaryPhrases
{
    private readonly Dictionary<string, List<(string[] Stems, string Acronym)>> _byFirst = new(StringComparer.Ordinal);

    public GlossaryPhrases(IEnumerable<GlossaryEntry> glossary)
    {
        var stemmer = new Stemmer();
        var buffer = new char[Words.MaxLength];
        foreach (var entry in glossary.Where(e => !string.IsNullOrWhiteSpace(e.Expansion)).OrderBy(e => e.Term.Value, StringComparer.Ordinal))
        {
            var acronym = StemsOf(entry.Term.Value);
            var stems = StemsOf(entry.Expansion!);
            if (acronym.Count != 1 || stems.Count < 2) continue;
            if (!_byFirst.TryGetValue(stems[0], out var list)) _byFirst[stems[0]] = list = [];
            list.Add((stems.ToArray(), acronym[0]));
        }

        List<string> StemsOf(string text)
        {
            var stems = new List<string>();
            Words.Split(text, buffer, w => { if (stemmer.Of(w) is { IsStop: false } stem) stems.Add(stem.Text); });
            return stems;
        }
    }

    public bool Starts(string stem) => _byFirst.ContainsKey(stem);

    /// <summary>The acronym of every expansion written out in the run of stems, as the run's stemmer has it.</summary>
    public IEnumerable<Stem> Find(List<Stem> run, Stemmer stemmer)
    {
        for (var i = 0; i < run.Count; i++)
        {
            if (!_byFirst.TryGetValue(run[i].Text, out var candidates)) continue;
            foreach (var (stems, acronym) in candidates)
            {
                if (i + stems.Length > run.Count) continue;
                var match = true;
                for (var k = 1; k < stems.Length && match; k++) match = run[i + k].Text == stems[k];
                if (match) yield return stemmer.Intern(acronym);
            }
        }
    }
}
