using LibGit2Sharp;

namespace Guidance.Tests.Support;

/// <summary>
/// A git repository made in a test around a <see cref="TempSite"/>'s folder (the content folder inside
/// it), with commits dated as the test says, so a build reads a history the test wrote.
/// </summary>
public sealed class GitFixture : IDisposable
{
    public TempSite Site { get; }
    public Repository Repo { get; }

    private GitFixture(TempSite site)
    {
        Site = site;
        Repository.Init(site.Root);
        Repo = new Repository(site.Root);
        File.WriteAllText(Path.Combine(site.Root, ".gitignore"), "/output/\n.output.*\n/content/.published.json\n");
    }

    /// <summary>A repository whose content folder starts as a copy of a fixture site (not yet committed).</summary>
    public static GitFixture From(string fixture = "valid-site") => new(TempSite.From(fixture));

    /// <summary>Commits everything in the work tree, as of noon UTC on <paramref name="day"/>.</summary>
    public Commit Commit(string message, string day)
    {
        Commands.Stage(Repo, "*");
        var when = DateTimeOffset.Parse(day + "T12:00:00+00:00", System.Globalization.CultureInfo.InvariantCulture);
        var author = new Signature("Author", "author@example.org", when);
        return Repo.Commit(message, author, author, new CommitOptions { AllowEmptyCommit = true });
    }

    /// <summary>Replaces text in a content file (the text must be there).</summary>
    public GitFixture Edit(string relativePath, string from, string to)
    {
        var path = Path.Combine(Site.Content, relativePath);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        return this;
    }

    /// <summary>Moves a content file (as <c>git mv</c> would be recorded: a delete and an add).</summary>
    public GitFixture Move(string from, string to)
    {
        var target = Path.Combine(Site.Content, to);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(Path.Combine(Site.Content, from), target);
        return this;
    }

    public void Dispose()
    {
        Repo.Dispose();
        Site.Dispose();
    }
}
