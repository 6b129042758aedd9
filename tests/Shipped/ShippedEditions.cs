using Guidance.Edition;
using Guidance.Tests.Support;

namespace Guidance.Tests.Shipped;

/// <summary>
/// Builds an edition of the shipped content into a temporary folder, checking it against a copy of the
/// committed list of published URLs, so tests never rewrite <c>content/.published.json</c>.
/// </summary>
public sealed class ShippedEditions : IDisposable
{
    public const string ReviewedBy = "2024-06-01";

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "guidance-editions-" + Guid.NewGuid().ToString("N")[..8]);
    public string Manifest => Path.Combine(Root, PublishedManifest.FileName);

    public ShippedEditions()
    {
        Directory.CreateDirectory(Root);
        var committed = Path.Combine(Repo.Content, PublishedManifest.FileName);
        if (File.Exists(committed)) File.Copy(committed, Manifest);
    }

    public CliRun Build(params string[] extra) =>
        TempSite.Run(["build", "--content", Repo.Content, "--date", ReviewedBy, "--manifest", Manifest, .. extra]);

    public string Out(string name) => Path.Combine(Root, name);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
