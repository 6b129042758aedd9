namespace Guidance.Tests.Support;

/// <summary>Paths in this repository, for tests about the shipped content.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Guidance.sln"))) return dir.FullName;
        throw new InvalidOperationException("cannot find the repository root (Guidance.sln) above " + AppContext.BaseDirectory);
    }
}
