using System.Diagnostics;
using Guidance;
using Guidance.Index.Search;
using Guidance.Load;
using Guidance.Model;
using Guidance.Render;

// search-bench CONTENT OUT RUNS
// 1. Builds the site once through the whole pipeline (as `guidance build` does, JIT included) and
//    prints each stage's time and the process's peak working set.
// 2. Then renders the loaded site RUNS times without search and RUNS times with it (per-page work
//    in render, then the search stage), and prints the medians and their difference: search's
//    warm cost in wall and CPU time.
if (args.Length != 3 || !int.TryParse(args[2], out var runs) || runs < 1)
{
    Console.Error.WriteLine("usage: search-bench CONTENT OUT RUNS");
    return 2;
}
var (content, output) = (args[0], args[1]);
var today = new DateOnly(2027, 1, 1);
var total = Stopwatch.StartNew();
var result = SiteBuild.Run(new BuildOptions(content, output, today));
if (!result.Succeeded)
{
    Console.Error.WriteLine($"search-bench: the build of '{content}' failed");
    return 1;
}
foreach (var (stage, time) in result.Timings) Console.WriteLine($"build_{stage}_ms\t{time.TotalMilliseconds:0}");
Console.WriteLine($"build_total_ms\t{total.Elapsed.TotalMilliseconds:0}");
Console.WriteLine($"build_peak_mb\t{Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)}");
result = null;

// Search's share of a build: its per-page work runs inside render (on the tree render parses), the
// rest in its own stage. So time render without search, then render with search plus the stage.
var site = SiteLoader.Load(content, new Diagnostics());
var templates = new TemplateSet(SiteBuild.DefaultLayouts(content));
var plain = new List<double>();
var withSearch = new List<double>();
var cpuPlain = new List<double>();
var cpuWithSearch = new List<double>();
for (var i = 0; i < runs; i++)
{
    Measure(plain, cpuPlain, () => new SiteRenderer(site, templates, today).Render());
    Measure(withSearch, cpuWithSearch, () =>
    {
        var search = new SearchIndexBuilder(site);
        new SiteRenderer(site, templates, today, parsed: search.Add).Render();
        search.Build();
    });
}
Console.WriteLine($"render_warm_ms\t{Median(plain):0}");
Console.WriteLine($"render_and_search_warm_ms\t{Median(withSearch):0}");
Console.WriteLine($"search_warm_wall_ms\t{Median(withSearch) - Median(plain):0}");
Console.WriteLine($"search_warm_cpu_ms\t{Median(cpuWithSearch) - Median(cpuPlain):0}");
return 0;

static void Measure(List<double> wall, List<double> cpu, Action work)
{
    GC.Collect();
    var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    work();
    wall.Add(clock.Elapsed.TotalMilliseconds);
    cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalMilliseconds);
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
