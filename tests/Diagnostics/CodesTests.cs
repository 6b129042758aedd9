using Guidance.Diagnostics;
using Guidance.Tests.Support;
using Guidance.Validate;

namespace Guidance.Tests.Diagnostics;

/// <summary>Every diagnostic code is documented in README's rules table and has a fixture proving it fires.</summary>
public class CodesTests
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
        // carry: tests/History/VersionTests.cs makes one in the test for each of them.
        if (new[] { Codes.InvalidCommit, Codes.Uncommitted, Codes.ShallowClone }.Any(c => c.Code == code)) return;
        var fixtures = Directory.EnumerateDirectories(Path.Combine(TempSite.FixturesDir, "invalid"), code.ToLowerInvariant() + "-*");
        Assert.NotEmpty(fixtures);
    }

    [Fact]
    public void Each_code_is_in_the_table_once_and_each_rule_names_its_own()
    {
        Assert.Equal(Codes.All.Count, Codes.All.Select(c => c.Code).Distinct().Count());
        Assert.All(Validator.Rules, rule => Assert.Contains(rule.Code, Codes.All));
        Assert.Equal(Validator.Rules.Count, Validator.Rules.Select(r => r.Code).Distinct().Count());
        Assert.Equal(Codes.Layout, Codes.Find("GV090"));
        Assert.Null(Codes.Find("GV999"));
    }
}
