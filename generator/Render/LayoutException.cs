namespace Guidance.Render;

/// <summary>A layout could not be parsed or rendered: the site's templates are broken, not its content.</summary>
public sealed class LayoutException(string message) : Exception(message);
