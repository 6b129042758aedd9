using Guidance.Index.Search;

namespace Guidance.Tests.Index;

public class SearchWordsTests
{
    private static List<string> Split(string text)
    {
        var words = new List<string>();
        Words.Split(text, new char[Words.MaxLength], w => words.Add(w.ToString()));
        return words;
    }

    [Theory]
    [InlineData("The child's plan", "the child plan")]
    [InlineData("16/17-year-olds", "16 17 year olds")]
    [InlineData("Don’t wait: MASH referral", "dont wait mash referral")]
    [InlineData("Section 47 (s.47)", "section 47 s 47")]
    public void Text_is_cut_into_lower_case_words(string text, string words) => Assert.Equal(words, string.Join(' ', Split(text)));

    [Theory]
    [InlineData("supervision", "supervis")]
    [InlineData("supervising", "supervis")]
    [InlineData("families", "famili")]
    [InlineData("16", "16")]
    [InlineData("gcp2", "gcp2")]
    public void Words_are_stemmed_with_snowball_english_and_numbers_kept(string word, string stem) =>
        Assert.Equal(stem, new Stemmer().Of(word).Text);

    [Fact]
    public void Stop_words_are_known_to_the_stemmer_and_left_out_of_the_vocabulary()
    {
        var stemmer = new Stemmer();
        Assert.True(stemmer.Of("how").IsStop);
        Assert.Same(stemmer.Of("supervision"), stemmer.Of("supervised"));
        Assert.DoesNotContain(stemmer.Seen, s => s.Word == "how");
    }
}
