using Guidance.Cli;

namespace Guidance.Tests.Support;

/// <summary>
/// A site copied into a temporary folder for one test, with helpers in the style of Zola's test
/// utilities: write or overlay files, run the real command line, then ask whether output files exist
/// and what they contain. The folder is deleted when the test ends.
/// </summary>
public sealed class TempSite : IDisposable
{
    public static readonly string FixturesDir = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "guidance-test-" + Guid.NewGuid().ToString("N")[..12]);
    public string Content => Path.Combine(Root, "content");
    public string Output => Path.Combine(Root, "output");

    private TempSite() => Directory.CreateDirectory(Content);

    /// <summary>A copy of a fixture site (a folder under tests/Fixtures).</summary>
    public static TempSite From(string fixture = "valid-site")
    {
        var site = new TempSite();
        Folders.Copy(Path.Combine(FixturesDir, fixture), site.Content);
        return site;
    }

    public static TempSite Empty() => new();

    /// <summary>A folder beside the content folder, holding <c>secret.md</c>: what a link out of the content would reach.</summary>
    public string Outside => Path.Combine(Root, "outside");

    /// <summary>
    /// Copies a folder's files over the site, replacing any of the same name. A <c>links.txt</c> in it
    /// (lines of <c>path -> target</c>, <c>{outside}</c> standing for <see cref="Outside"/>) makes
    /// symbolic links instead, which a fixture folder cannot carry through the test build's copy.
    /// </summary>
    public TempSite Overlay(string dir)
    {
        Folders.Copy(dir, Content, skip: ["expected.txt", "links.txt", "build.txt"]);
        var links = Path.Combine(dir, "links.txt");
        if (!File.Exists(links)) return this;
        Directory.CreateDirectory(Outside);
        File.WriteAllText(Path.Combine(Outside, "secret.md"), "---\ntitle: Secret\n---\nSECRET-OUTSIDE-CONTENT\n");
        foreach (var line in File.ReadAllLines(links).Where(l => l.Contains(" -> ", StringComparison.Ordinal)))
        {
            var (path, target) = (line[..line.IndexOf(" -> ", StringComparison.Ordinal)], line[(line.IndexOf(" -> ", StringComparison.Ordinal) + 4)..]);
            Link(path, target.Replace("{outside}", Outside));
        }
        return this;
    }

    /// <summary>Makes a symbolic link at a path in the content folder.</summary>
    public TempSite Link(string relativePath, string target)
    {
        var path = Path.Combine(Content, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Delete(path);
        File.CreateSymbolicLink(path, target);
        return this;
    }

    public TempSite Write(string relativePath, string text)
    {
        var path = Path.Combine(Content, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public TempSite Delete(string relativePath)
    {
        File.Delete(Path.Combine(Content, relativePath));
        return this;
    }

    public CliRun Build(string date = "2024-06-01", params string[] extra) =>
        Run(["build", "--content", Content, "--out", Output, "--date", date, .. extra]);

    public CliRun Check(string date = "2024-06-01", params string[] extra) => Run(["check", "--content", Content, "--date", date, .. extra]);

    public static CliRun Run(string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    public bool FileExists(string relativePath) => File.Exists(Path.Combine(Output, relativePath));

    public string ReadOutput(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public bool FileContains(string relativePath, string text) => FileExists(relativePath) && ReadOutput(relativePath).Contains(text, StringComparison.Ordinal);

    /// <summary>Every output file with its bytes, for comparing two builds.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string dir) =>
        new(Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}

/// <summary>What one run of the command line did.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The diagnostic lines on standard error (those with an error, warning or info code).</summary>
    public IReadOnlyList<string> Diagnostics =>
        Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.Contains(": error GV", StringComparison.Ordinal) || l.Contains(": warning GV", StringComparison.Ordinal)
                || l.Contains(": info GV", StringComparison.Ordinal))
            .ToList();
}
