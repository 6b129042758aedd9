using Guidance.Tests.Support;

namespace Guidance.Tests.EndToEnd;

/// <summary>
/// One fixture per rule under Fixtures/invalid: each overlays the valid site with one problem and
/// lists, in expected.txt, the exact diagnostics the build must print ({content} stands for the
/// content folder).
/// </summary>
public class InvalidSiteTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.EnumerateDirectories(Path.Combine(TempSite.FixturesDir, "invalid")).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(dir));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_rule_reports_its_exact_diagnostic_and_location(string caseName)
    {
        var caseDir = Path.Combine(TempSite.FixturesDir, "invalid", caseName);
        using var site = TempSite.From().Overlay(caseDir);
        var expected = File.ReadAllLines(Path.Combine(caseDir, "expected.txt"))
            .Where(l => l.Length > 0)
            .Select(l => l.Replace("{content}", site.Content))
            .ToList();

        // Infos are printed only by the report that asks for them; a rule about publishing (a case with
        // a build.txt) only by a build.
        var infos = expected.Any(l => l.Contains(": info ", StringComparison.Ordinal));
        var run = File.Exists(Path.Combine(caseDir, "build.txt")) ? site.Build()
            : infos ? site.Check("2024-06-01", "--report", "unused") : site.Check();

        Assert.Equal(expected, run.Diagnostics);
        var isWarningOnly = expected.All(l => l.Contains(": warning ", StringComparison.Ordinal) || l.Contains(": info ", StringComparison.Ordinal));
        Assert.Equal(isWarningOnly ? 0 : 1, run.ExitCode);
        Assert.Contains(caseName[..5].ToUpperInvariant(), string.Join('\n', run.Diagnostics));
    }

    [Fact]
    public void A_site_with_many_problems_reports_every_one_in_one_run_and_keeps_the_previous_output()
    {
        using var site = TempSite.From();
        Assert.Equal(0, site.Build().ExitCode);
        var before = TempSite.Snapshot(site.Output);

        foreach (var name in new[] { "gv012-no-guidance", "gv021-broken-link", "gv008-unknown-owner", "gv005-bad-date" })
            site.Overlay(Path.Combine(TempSite.FixturesDir, "invalid", name));
        var run = site.Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(4, run.Diagnostics.Count(d => d.Contains(": error ", StringComparison.Ordinal)));
        Assert.Contains(run.Diagnostics, d => d.Contains("error GV012: action 1.1 has no guidance link"));
        Assert.Contains(run.Diagnostics, d => d.Contains("error GV021"));
        Assert.Contains(run.Diagnostics, d => d.Contains("error GV008"));
        Assert.Contains(run.Diagnostics, d => d.Contains("error GV005"));
        Assert.Equal(before, TempSite.Snapshot(site.Output));
    }
}
