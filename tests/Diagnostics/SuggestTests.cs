using Guidance.Diagnostics;
using Guidance.Validate;

namespace Guidance.Tests.Diagnostics;

public class SuggestTests
{
    [Theory]
    [InlineData("supervison", "supervision")]
    [InlineData("frequncy", "frequency")]
    [InlineData("reveiw_due", "review_due")]
    [InlineData("titel", "title")]
    [InlineData("sumary", "summary")]
    public void Suggests_the_closest_known_name(string typed, string expected) =>
        Assert.Equal(expected, Suggest.Closest(typed, ["supervision", "frequency", "review_due", "tclpm", "title", "summary", "id"]));

    [Fact]
    public void Suggests_nothing_when_nothing_is_close() =>
        Assert.Null(Suggest.Closest("completely-different", ["supervision", "tclpm"]));

    [Theory]
    [InlineData("x0")]        // two edits from 'id', but the whole of a two-letter word
    [InlineData("ttl")]       // three letters, two edits from 'title'
    [InlineData("owners-list")]
    public void Suggests_nothing_when_the_edit_is_large_beside_the_word(string typed) =>
        Assert.Null(Suggest.Closest(typed, ["id", "title", "owner", "tags", "type"]));
}
