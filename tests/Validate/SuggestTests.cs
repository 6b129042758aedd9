using Guidance.Validate;

namespace Guidance.Tests.Validate;

public class SuggestTests
{
    [Theory]
    [InlineData("supervison", "supervision")]
    [InlineData("frequncy", "frequency")]
    [InlineData("reveiw_due", "review_due")]
    public void Suggests_the_closest_known_name(string typed, string expected) =>
        Assert.Equal(expected, Suggest.Closest(typed, ["supervision", "frequency", "review_due", "tclpm"]));

    [Fact]
    public void Suggests_nothing_when_nothing_is_close() =>
        Assert.Null(Suggest.Closest("completely-different", ["supervision", "tclpm"]));
}
