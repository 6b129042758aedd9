namespace Guidance.Browser.Tests.Support;

/// <summary>
/// Full-page screenshots keep chromium's compositor busy, and every Tab press waits on it: beside
/// the screenshots the walk through every tab stop took four times as long. So the keyboard and the
/// screenshot classes share a collection, which xunit runs one class after the other, while the
/// other classes run beside them.
/// </summary>
[CollectionDefinition(Name)]
public sealed class KeyboardAndScreenshots
{
    public const string Name = "keyboard and screenshots";
}
