namespace Guidance.Model;

/// <summary>Indicators for one domain (e.g. "parenting"); the domain is empty when indicators are a plain list.</summary>
public sealed record IndicatorGroup(string Domain, IReadOnlyList<string> Items);
