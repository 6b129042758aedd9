namespace Guidance.Tests.Support;

/// <summary>Paths in this repository, for tests about the shipped content.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    /// <summary>Finished content waiting for the pages it links to (see drafts/README.md).</summary>
    public static string DraftContent => Path.Combine(Root, "drafts", "content");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Guidance.sln"))) return dir.FullName;
        throw new InvalidOperationException("cannot find the repository root (Guidance.sln) above " + AppContext.BaseDirectory);
    }
}
