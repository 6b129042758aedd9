using System.Diagnostics;
using Guidance;
using Guidance.Build;
using Guidance.Diagnostics;
using Guidance.Index.Search;
using Guidance.Load;
using Guidance.Model;
using Guidance.Render;

// search-bench CONTENT OUT RUNS
// 1. Builds the site once through the whole pipeline (as `guidance build` does, JIT included) and
//    prints each stage's time and the process's peak working set.
// 2. Then builds the search index RUNS times from the trees render hands over (as in a build, the
//    pages in parallel, then the search stage) and prints its median wall and CPU time, warm.
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
foreach (var (stage, time, _, _) in result.Timings) Console.WriteLine($"build_{stage}_ms\t{time.TotalMilliseconds:0}");
Console.WriteLine($"build_total_ms\t{total.Elapsed.TotalMilliseconds:0}");
Console.WriteLine($"build_peak_mb\t{Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)}");
result = null;

// Search's own work, apart from parsing and rendering: render once keeping each page's tree as render
// hands it over, then build the index from those trees RUNS times.
var site = SiteLoader.Load(content, new DiagnosticBag());
var trees = new System.Collections.Concurrent.ConcurrentBag<(Page Page, Markdig.Syntax.MarkdownDocument Body)>();
new SiteRenderer(site, new TemplateSet(SiteBuild.DefaultLayouts(content)), today, parsed: (page, body) => trees.Add((page, body))).Render();
var wall = new List<double>();
var cpu = new List<double>();
for (var i = 0; i < runs; i++)
{
    Measure(wall, cpu, () =>
    {
        var search = new SearchIndexBuilder(site);
        Parallel.ForEach(trees, t => search.Add(t.Page, t.Body));
        foreach (var _ in search.Build().Files) { } // the page files are made as the writer takes them
    });
}
Console.WriteLine($"search_warm_wall_ms\t{Median(wall):0}");
Console.WriteLine($"search_warm_cpu_ms\t{Median(cpu):0}");
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
