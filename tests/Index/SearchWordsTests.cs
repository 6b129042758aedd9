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
    [InlineData("Section 47 (s.47)", "s47 s47")]
    public void Text_is_cut_into_lower_case_words(string text, string words) => Assert.Equal(words, string.Join(' ', Split(text)));

    [Theory]
    [InlineData("s47")]
    [InlineData("s.47")]
    [InlineData("S47")]
    [InlineData("S 47")]
    [InlineData("section 47")]
    [InlineData("Section 47")]
    [InlineData("sec. 47")]
    public void A_section_number_is_one_word_however_it_is_written(string text) => Assert.Equal(["s47"], Split(text));

    [Theory]
    [InlineData("the section on visits", "the section on visits")]
    [InlineData("Mark's notes", "mark notes")]
    [InlineData("a section", "a section")]
    [InlineData("s", "s")]
    public void Section_and_s_stay_words_when_no_number_follows(string text, string words) => Assert.Equal(words, string.Join(' ', Split(text)));

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
