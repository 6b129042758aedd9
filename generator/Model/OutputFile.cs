namespace Guidance.Model;

/// <summary>
/// A file of the built site: its path under the output folder and its bytes (UTF-8 for text), a file to
/// copy, or (once written) its path alone. Held as bytes because bytes are what every file becomes:
/// a page rendered straight to UTF-8 is half the size of its string and is never converted twice.
/// </summary>
public sealed record OutputFile(string Path, byte[]? Bytes, string? CopyFrom = null)
{
    /// <summary>A text file, stored as UTF-8 (GetBytes never writes a byte-order mark).</summary>
    public static OutputFile FromText(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));

    public static OutputFile Copy(string path, string source) => new(path, null, source);

    /// <summary>A page handed to the writer as soon as it was rendered: only its path is kept.</summary>
    public static OutputFile Written(string path) => new(path, null);

    public bool IsWritten => Bytes is null && CopyFrom is null;

    /// <summary>The file that serves a URL path: <c>standards/x/</c> is written as <c>standards/x/index.html</c>.</summary>
    public static string ForUrlPath(string urlPath) =>
        urlPath.Length == 0 ? "index.html" : urlPath.EndsWith('/') ? urlPath + "index.html" : urlPath;
}

/// <summary>
/// Where the site's files go as they are made: render, search and the version pages all hand theirs
/// to one sink. Writing to disk keeps only each file's path (<see cref="OutputFile.Written"/>), so ten
/// thousand pages' HTML is never held at once; in memory (the preview) each file is kept whole.
/// </summary>
public interface IOutputSink
{
    /// <summary>Takes a file; returns what the caller keeps of it (its path alone, once it is on its way to disk).</summary>
    OutputFile Add(OutputFile file);
}

/// <summary>The sink of a build into memory: every file kept whole, as made.</summary>
public sealed class MemorySink : IOutputSink
{
    public OutputFile Add(OutputFile file) => file;
}
