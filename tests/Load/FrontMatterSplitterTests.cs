using Guidance.Load;

namespace Guidance.Tests.Load;

public class FrontMatterSplitterTests
{
    [Fact]
    public void Splits_yaml_from_body_and_keeps_the_body_first_line()
    {
        var parts = FrontMatterSplitter.Split("---\ntitle: A\nowner: b\n---\n## Heading\n", out var unterminated);
        Assert.False(unterminated);
        Assert.Equal("title: A\nowner: b", parts.Yaml);
        Assert.Equal(2, parts.YamlFirstLine);
        Assert.Equal(5, parts.BodyFirstLine);
        Assert.Equal("## Heading\n", parts.Body);
    }

    [Fact]
    public void Handles_windows_line_endings_and_a_byte_order_mark()
    {
        var parts = FrontMatterSplitter.Split("\uFEFF---\r\ntitle: A\r\n---\r\nBody", out var unterminated);
        Assert.False(unterminated);
        Assert.NotNull(parts.Yaml);
        Assert.Equal(4, parts.BodyFirstLine);
    }

    [Fact]
    public void Reports_a_missing_closing_line()
    {
        FrontMatterSplitter.Split("---\ntitle: A\nno end", out var unterminated);
        Assert.True(unterminated);
    }

    [Fact]
    public void A_page_without_front_matter_has_none()
    {
        var parts = FrontMatterSplitter.Split("# Just markdown", out _);
        Assert.Null(parts.Yaml);
    }
}
