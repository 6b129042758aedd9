namespace Guidance.Load;

/// <summary>The content could not be read at all (exit code 2), as opposed to content with errors (exit code 1).</summary>
public sealed class ContentReadException(string message) : Exception(message);
