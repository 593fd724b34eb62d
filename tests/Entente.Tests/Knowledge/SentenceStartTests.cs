using Entente.Knowledge;
using Entente.Text;

namespace Entente.Tests.Knowledge;

/// <summary>Where a record's sentence starts in its article, found from the sentence's text and the record's span.</summary>
public sealed class SentenceStartTests
{
    private const string Article = "Chile condemned Peru. Chile condemned Peru. Peru answered.";

    [Theory]
    [InlineData(0, 15, 0)]
    [InlineData(22, 37, 22)]
    public void A_sentence_that_recurs_is_placed_at_the_occurrence_holding_the_span(int start, int end, int expected) =>
        Assert.Equal(expected, ArticleDigest.SentenceStart(Article, "Chile condemned Peru.", new TextSpan(start, end)));

    [Theory]
    [InlineData("Chile condemned Peru.", 44, 48)]
    [InlineData("Bolivia praised Chile.", 0, 7)]
    [InlineData("", 0, 0)]
    [InlineData("Peru answered.", 44, 90)]
    public void A_text_that_does_not_hold_the_span_where_the_record_says_has_no_start(string sentence, int start, int end) =>
        Assert.Null(ArticleDigest.SentenceStart(Article, sentence, new TextSpan(start, end)));
}
