using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer("Guidance.Browser.Tests.Support.LongestFirst", "Guidance.Browser.Tests")]

namespace Guidance.Browser.Tests.Support;

/// <summary>
/// Starts the longest collections first. Three run at a time (xunit.runner.json), and the keyboard
/// and screenshot chain alone is most of the run: begun late, it would finish long after the rest.
/// </summary>
public sealed class LongestFirst : ITestCollectionOrderer
{
    private static readonly string[] Longest =
        [KeyboardAndScreenshots.Name, nameof(AccessibilityTests), nameof(DarkModeTests), nameof(SmallScreenTests)];

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(c => Rank(c.DisplayName)).ThenBy(c => c.DisplayName, StringComparer.Ordinal);

    // A collection of one class is named "Test collection for" the class's full name.
    private static int Rank(string name)
    {
        var i = Array.FindIndex(Longest, n => name == n || name.EndsWith("." + n, StringComparison.Ordinal));
        return i < 0 ? Longest.Length : i;
    }
}
