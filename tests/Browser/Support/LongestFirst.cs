using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer("Guidance.Browser.Tests.Support.LongestFirst", "Guidance.Browser.Tests")]

namespace Guidance.Browser.Tests.Support;

/// <summary>
/// Starts the longest collections first. Three run at a time (xunit.runner.json), and the screenshots
/// alone are most of the run: begun late, they would finish long after the rest.
/// </summary>
/// <remarks>
/// The keyboard tests once ran after the screenshots, as each Tab press waited on a compositor the
/// screenshots kept busy; the walk now sends its presses together (<see cref="TabKey"/>), so it
/// runs beside them, and the pair no longer sets the length of the run.
/// </remarks>
public sealed class LongestFirst : ITestCollectionOrderer
{
    private static readonly string[] Longest =
        [nameof(ScreenshotTests), nameof(AccessibilityTests), nameof(DarkModeTests), nameof(KeyboardTests), nameof(SmallScreenTests)];

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(c => Rank(c.DisplayName)).ThenBy(c => c.DisplayName, StringComparer.Ordinal);

    // A collection of one class is named "Test collection for" the class's full name.
    private static int Rank(string name)
    {
        var i = Array.FindIndex(Longest, n => name == n || name.EndsWith("." + n, StringComparison.Ordinal));
        return i < 0 ? Longest.Length : i;
    }
}
