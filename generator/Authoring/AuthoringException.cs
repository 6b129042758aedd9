namespace Guidance.Authoring;

/// <summary>A file could not be read or written: a missing table, an unknown format, a damaged workbook, a page that already exists (exit code 2).</summary>
public sealed class AuthoringException(string message) : Exception(message);
