namespace Guidance.Model;

/// <summary>Where something is in the content, as the author would type it: 1-based line and column.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    public override string ToString() => $"{Path}:{Line}:{Column}";
}

/// <summary>A value read from the content, with the place it was read from, so rules can point at it.</summary>
public sealed record Located<T>(T Value, SourceLocation Location)
{
    public override string ToString() => Value?.ToString() ?? "";
}
