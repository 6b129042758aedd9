namespace Guidance.Model;

/// <summary>A file of the built site: its path under the output folder and its text, or a file to copy.</summary>
public sealed record OutputFile(string Path, string? Text, string? CopyFrom = null)
{
    public static OutputFile Copy(string path, string source) => new(path, null, source);

    /// <summary>The file that serves a URL path: <c>standards/x/</c> is written as <c>standards/x/index.html</c>.</summary>
    public static string ForUrlPath(string urlPath) =>
        urlPath.Length == 0 ? "index.html" : urlPath.EndsWith('/') ? urlPath + "index.html" : urlPath;
}
