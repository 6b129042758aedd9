using Guidance.Diagnostics;
using Guidance.Tests.Support;
using Guidance.Validate;

namespace Guidance.Tests.Validate;

/// <summary>Every diagnostic code is documented in README's rules table and has a fixture proving it fires.</summary>
public class RuleDocsTests
{
    public static TheoryData<string> AllCodes() => new(Codes.All.Select(r => r.Code));

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void Each_code_has_a_readme_row_and_an_invalid_fixture(string code)
    {
        var readme = File.ReadAllText(Path.Combine(Repo.Root, "README.md"));
        Assert.Contains($"| {code} |", readme);
        Assert.NotNull(Codes.Explanation(code));
        // A code about the content's git history needs a repository, which a fixture folder cannot
        // carry: tests/EndToEnd/VersionTests.cs makes one in the test for each of them.
        if (new[] { Codes.InvalidCommit, Codes.Uncommitted, Codes.ShallowClone }.Any(c => c.Code == code)) return;
        var fixtures = Directory.EnumerateDirectories(Path.Combine(TempSite.FixturesDir, "invalid"), code.ToLowerInvariant() + "-*");
        Assert.NotEmpty(fixtures);
    }
}
