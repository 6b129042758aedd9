namespace Guidance.Model;

/// <summary>The output could not be written (exit code 2).</summary>
public sealed class OutputException(string message) : Exception(message);
