using Guidance.Bench.Corpus;
using Guidance.Tests.Support;

namespace Guidance.Tests.Bench;

/// <summary>The benchmark's synthetic corpus must be valid content and the same for the same seed.</summary>
public sealed class CorpusTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "guidance-corpus-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public void A_generated_corpus_builds_with_no_errors_or_warnings()
    {
        var content = Path.Combine(_root, "content");
        CorpusWriter.Write(content, 200, seed: 7);

        var run = TempSite.Run(["build", "--content", content, "--out", Path.Combine(_root, "output"), "--date", "2026-11-23"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Diagnostics);
        Assert.Equal(200, Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories).Count());
        // Every page type is there, and the plan's actions link to guidance with anchors.
        foreach (var folder in new[] { "standards", "guides", "panels", "continuum", "plans", "strategies", "procedures" })
            Assert.True(Directory.Exists(Path.Combine(content, folder)), folder);
        var plan = File.ReadAllText(Directory.GetFiles(Path.Combine(content, "plans"))[0]);
        Assert.Matches(@"guidance: \[[a-z0-9-]+#[a-z0-9-]+", plan);
        Assert.True(File.Exists(Path.Combine(_root, "output", "index.html")));
    }

    [Fact]
    public void Building_a_corpus_twice_gives_byte_identical_output()
    {
        // Pages load, validate, render and write in parallel: the output must not depend on which thread finished first.
        var content = Path.Combine(_root, "content");
        CorpusWriter.Write(content, 150, seed: 11);
        string[] Build(string output) => ["build", "--content", content, "--out", Path.Combine(_root, output), "--date", "2026-11-23"];

        Assert.Equal(0, TempSite.Run(Build("first")).ExitCode);
        Assert.Equal(0, TempSite.Run(Build("second")).ExitCode);

        var first = TempSite.Snapshot(Path.Combine(_root, "first"));
        Assert.True(first.Count > 150);
        Assert.Equal(first, TempSite.Snapshot(Path.Combine(_root, "second")));
    }

    [Fact]
    public void The_same_seed_writes_the_same_bytes_and_another_seed_does_not()
    {
        CorpusWriter.Write(Path.Combine(_root, "a"), 60, seed: 3);
        CorpusWriter.Write(Path.Combine(_root, "b"), 60, seed: 3);
        CorpusWriter.Write(Path.Combine(_root, "c"), 60, seed: 4);

        Assert.Equal(TempSite.Snapshot(Path.Combine(_root, "a")), TempSite.Snapshot(Path.Combine(_root, "b")));
        Assert.NotEqual(TempSite.Snapshot(Path.Combine(_root, "a")), TempSite.Snapshot(Path.Combine(_root, "c")));
    }

    [Fact]
    public void It_refuses_to_replace_a_folder_it_did_not_write()
    {
        var other = Path.Combine(_root, "someone-elses");
        Directory.CreateDirectory(other);
        File.WriteAllText(Path.Combine(other, "notes.txt"), "keep me");

        Assert.Throws<IOException>(() => CorpusWriter.Write(other, 60, seed: 1));
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(other, "notes.txt")));
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}
