namespace Guidance.Model;

/// <summary>A file of the built site: its path under the output folder and its text, a file to copy, or (once written) its path alone.</summary>
public sealed record OutputFile(string Path, string? Text, string? CopyFrom = null)
{
    public static OutputFile Copy(string path, string source) => new(path, null, source);

    /// <summary>A page handed to the writer as soon as it was rendered: only its path is kept.</summary>
    public static OutputFile Written(string path) => new(path, null);

    public bool IsWritten => Text is null && CopyFrom is null;

    /// <summary>The file that serves a URL path: <c>standards/x/</c> is written as <c>standards/x/index.html</c>.</summary>
    public static string ForUrlPath(string urlPath) =>
        urlPath.Length == 0 ? "index.html" : urlPath.EndsWith('/') ? urlPath + "index.html" : urlPath;
}
