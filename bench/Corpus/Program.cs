using Guidance.Bench.Corpus;

// corpus --pages N --out DIR [--seed S]: writes a synthetic content folder for the build benchmark.
const string Usage = "usage: corpus --pages N --out DIR [--seed S]";
int? pages = null;
string? outDir = null;
ulong seed = 1;
for (var i = 0; i < args.Length; i++)
{
    var value = i + 1 < args.Length ? args[i + 1] : null;
    switch (args[i])
    {
        case "--pages" when int.TryParse(value, out var n) && n >= CorpusPlan.MinimumPages: pages = n; i++; break;
        case "--out" when value is not null: outDir = value; i++; break;
        case "--seed" when ulong.TryParse(value, out var s): seed = s; i++; break;
        default:
            Console.Error.WriteLine($"corpus: '{args[i]}' is not understood here (pages must be at least {CorpusPlan.MinimumPages}). {Usage}");
            return 2;
    }
}
if (pages is null || outDir is null)
{
    Console.Error.WriteLine(Usage);
    return 2;
}
try
{
    CorpusWriter.Write(outDir, pages.Value, seed);
}
catch (IOException ex)
{
    Console.Error.WriteLine($"corpus: {ex.Message}");
    return 2;
}
Console.WriteLine($"Wrote {pages} pages (seed {seed}) into '{outDir}'.");
return 0;
