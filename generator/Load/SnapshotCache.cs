using System.Collections.Concurrent;
using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Load;

/// <summary>
/// What <see cref="SiteLoader.LoadSnapshot"/> read from each version of each file, so a history of many
/// commits reads each file version once: its page, or its registry, with the diagnostics reading gave.
/// </summary>
public sealed class SnapshotCache
{
    // Concurrent: version pages load their commits' content on every core.
    internal ConcurrentDictionary<(string Path, string Blob), (Page? Page, IReadOnlyList<Diagnostic> Diagnostics)> Pages { get; } = new();
    internal ConcurrentDictionary<string, (object? Value, IReadOnlyList<Diagnostic> Diagnostics)> Registries { get; } = new(StringComparer.Ordinal);
}
