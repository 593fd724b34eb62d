using Entente.Text;
using Xunit;

namespace Entente.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static Sentence[] SentencesOf(string text) => SentenceSplitter.Split(text, Tokenizer.Tokenize(text));

    private static string Split(string text) =>
        string.Join(" || ", SentencesOf(text).Select(s => text[s.Span.Start..s.Span.End]));

    [Theory]
    // Abbreviations, initials and decimals do not end sentences.
    [InlineData("Secretary Antony J. Blinken met Lavrov. They talked.", "Secretary Antony J. Blinken met Lavrov. || They talked.")]
    [InlineData("The U.S. Embassy reopened. It is new.", "The U.S. Embassy reopened. || It is new.")]
    [InlineData("Dr. Smith met Mr. Jones at St. Mary's Church.", "Dr. Smith met Mr. Jones at St. Mary's Church.")]
    [InlineData("Talks began on Jan. 5 in Geneva. They ended.", "Talks began on Jan. 5 in Geneva. || They ended.")]
    [InlineData("Resolution No. 5 passed. Nobody objected.", "Resolution No. 5 passed. || Nobody objected.")]
    [InlineData("Growth was 3.5 percent. It rose.", "Growth was 3.5 percent. || It rose.")]
    [InlineData("Examples include, e.g. the treaty.", "Examples include, e.g. the treaty.")]
    [InlineData("Martin Luther King Jr. spoke first.", "Martin Luther King Jr. spoke first.")]
    // An ambiguous stop ends a sentence when a typical sentence opener follows.
    [InlineData("He studied in the U.S. The minister did not.", "He studied in the U.S. || The minister did not.")]
    [InlineData("They chose Plan B. The talks failed.", "They chose Plan B. || The talks failed.")]
    [InlineData("It ended at 5 p.m. They left.", "It ended at 5 p.m. || They left.")]
    [InlineData("It ended at 5 p.m. on Friday.", "It ended at 5 p.m. on Friday.")]
    [InlineData("They bought pens, paper, etc. The office opened.", "They bought pens, paper, etc. || The office opened.")]
    [InlineData("They bought pens, paper, etc. for the office.", "They bought pens, paper, etc. for the office.")]
    [InlineData("He joined Acme Inc. The firm grew.", "He joined Acme Inc. || The firm grew.")]
    // Ellipses split only before a capital.
    [InlineData("He hesitated... then agreed. Fine.", "He hesitated... then agreed. || Fine.")]
    [InlineData("It ended… The next day, talks resumed.", "It ended… || The next day, talks resumed.")]
    // Question and exclamation marks.
    [InlineData("Will they sign? Yes! They did.", "Will they sign? || Yes! || They did.")]
    // Quotes: a closing mark after the stop belongs to the sentence; "…," he said goes on.
    [InlineData("\"Go,\" he said. \"Now.\"", "\"Go,\" he said. || \"Now.\"")]
    [InlineData("“We will win.” The minister left.", "“We will win.” || The minister left.")]
    [InlineData("\"Why?\" she asked. \"Because.\"", "\"Why?\" she asked. || \"Because.\"")]
    [InlineData("He said: “It is over.” Then he left.", "He said: “It is over.” || Then he left.")]
    // Parentheses.
    [InlineData("He left (for good). Then he returned.", "He left (for good). || Then he returned.")]
    [InlineData("(See the annex.) The talks continued.", "(See the annex.) || The talks continued.")]
    // Headlines, lines and paragraphs.
    [InlineData("Belarus and Laos sign visa deal\n\nThe ministers met. They signed.", "Belarus and Laos sign visa deal || The ministers met. || They signed.")]
    [InlineData("Belarus and Laos sign visa deal\nThe ministers met.", "Belarus and Laos sign visa deal || The ministers met.")]
    [InlineData("This has no stop\n\nnext paragraph", "This has no stop || next paragraph")]
    [InlineData("The ministers met in Vientiane on\nThursday and signed a deal on\nvisa-free travel. It starts soon.", "The ministers met in Vientiane on\nThursday and signed a deal on\nvisa-free travel. || It starts soon.")]
    [InlineData("Topics:\nTrade\nSecurity", "Topics: || Trade || Security")]
    public void Splits(string text, string expected) => Assert.Equal(expected, Split(text));

    [Fact]
    public void Sentences_carry_index_span_tokens_and_paragraph()
    {
        const string text = "Laos hosted talks. Belarus came.\n\nThey signed.";
        var sentences = SentencesOf(text);

        Assert.Equal(
            [
                new Sentence(0, new TextSpan(0, 18), 0, 4, 0),
                new Sentence(1, new TextSpan(19, 32), 4, 3, 0),
                new Sentence(2, new TextSpan(34, 46), 7, 3, 1),
            ],
            sentences);
        Assert.Equal("Belarus came.", text[sentences[1].Span.Start..sentences[1].Span.End]);
    }

    [Fact]
    public void Every_token_is_in_exactly_one_sentence()
    {
        const string text = "SECRETARY BLINKEN: Thanks.\n\n“Go,” he said... (Really.) U.S. envoys met\nToday\n\n\nDone";
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);

        Assert.Equal(0, sentences[0].FirstToken);
        for (var i = 1; i < sentences.Length; i++) Assert.Equal(sentences[i - 1].EndToken, sentences[i].FirstToken);
        Assert.Equal(tokens.Length, sentences[^1].EndToken);
        Assert.Equal(Enumerable.Range(0, sentences.Length), sentences.Select(s => s.Index));
    }

    [Fact]
    public void No_tokens_no_sentences() => Assert.Empty(SentenceSplitter.Split("", []));
}
