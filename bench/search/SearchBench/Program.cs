using System.Diagnostics;
using Guidance;
using Guidance.Index.Search;
using Guidance.Load;
using Guidance.Model;
using Guidance.Render;

// search-bench CONTENT OUT RUNS
// 1. Builds the site once through the whole pipeline (as `guidance build` does, JIT included) and
//    prints each stage's time and the process's peak working set.
// 2. Then builds only the search index RUNS more times over the same loaded and rendered site and
//    prints the median wall and CPU time of that stage, warm.
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

// The search stage reads the syntax trees as render leaves them (glossary terms marked).
var site = SiteLoader.Load(content, new Diagnostics());
new SiteRenderer(site, new TemplateSet(SiteBuild.DefaultLayouts(content)), today).Render();
var wall = new List<double>();
var cpu = new List<double>();
for (var i = 0; i < runs; i++)
{
    GC.Collect();
    var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    SearchIndexBuilder.Build(site);
    wall.Add(clock.Elapsed.TotalMilliseconds);
    cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalMilliseconds);
}
Console.WriteLine($"search_warm_wall_ms\t{Median(wall):0}");
Console.WriteLine($"search_warm_cpu_ms\t{Median(cpu):0}");
return 0;

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
