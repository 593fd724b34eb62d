using Entente.Text;
using Xunit;

namespace Entente.Tests.Text;

public sealed class TokenizerTests
{
    private static string Split(string text) => string.Join(" | ", Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End]));

    [Theory]
    // Abbreviations with inner stops keep their final stop; initials and listed titles keep theirs.
    [InlineData("U.S. and U.K. envoys", "U.S. | and | U.K. | envoys")]
    [InlineData("in Washington, D.C., at the U.N.", "in | Washington | , | D.C. | , | at | the | U.N.")]
    [InlineData("e.g. trade, i.e. tariffs", "e.g. | trade | , | i.e. | tariffs")]
    [InlineData("Antony J. Blinken", "Antony | J. | Blinken")]
    [InlineData("Dr. Mr. Mrs. Ms. St. Jr. Sr.", "Dr. | Mr. | Mrs. | Ms. | St. | Jr. | Sr.")]
    [InlineData("Gen. Lt. Col. Sen. Rep. Gov. Amb.", "Gen. | Lt. | Col. | Sen. | Rep. | Gov. | Amb.")]
    [InlineData("Jan. 5, Sept. 11 and Dec. 25", "Jan. | 5 | , | Sept. | 11 | and | Dec. | 25")]
    [InlineData("Acme Inc., Beta Co. and Gamma Corp. vs. Delta Ltd.", "Acme | Inc. | , | Beta | Co. | and | Gamma | Corp. | vs. | Delta | Ltd.")]
    [InlineData("pens, paper, etc.", "pens | , | paper | , | etc.")]
    [InlineData("at 5 p.m. today", "at | 5 | p.m. | today")]
    [InlineData("a Ph.D. student", "a | Ph.D. | student")]
    // "No." is a title only before a number.
    [InlineData("No. 5 said no.", "No. | 5 | said | no | .")]
    // A sentence's stop after an ordinary word is its own token.
    [InlineData("They met. Then", "They | met | . | Then")]
    [InlineData("a deal.The end", "a | deal | . | The | end")]
    // Hyphenated words stay whole; a dotted abbreviation ends at its stop.
    [InlineData("visa-free travel to Nagorno-Karabakh", "visa-free | travel | to | Nagorno-Karabakh")]
    [InlineData("Linda Thomas-Greenfield and COVID-19", "Linda | Thomas-Greenfield | and | COVID-19")]
    [InlineData("U.S.-China talks", "U.S. | - | China | talks")]
    // Possessives and contractions.
    [InlineData("Russia's and Laos’s envoys", "Russia | 's | and | Laos | ’s | envoys")]
    [InlineData("the ministers' and allies’ talks", "the | ministers | ' | and | allies | ’ | talks")]
    [InlineData("didn't, won't, can’t", "did | n't | , | wo | n't | , | ca | n’t")]
    [InlineData("we're, I've, they'll, she'd, I'm", "we | 're | , | I | 've | , | they | 'll | , | she | 'd | , | I | 'm")]
    [InlineData("the U.S.'s position", "the | U.S. | 's | position")]
    [InlineData("O'Brien visited Côte d’Ivoire and Sana'a", "O'Brien | visited | Côte | d’Ivoire | and | Sana'a")]
    // Numbers, currency and percentages.
    [InlineData("1,000 troops and 1,234,567.89 dollars", "1,000 | troops | and | 1,234,567.89 | dollars")]
    [InlineData("$808 million, 3.5% or €12", "$ | 808 | million | , | 3.5 | % | or | € | 12")]
    [InlineData("in 2021, 2022 and 17th", "in | 2021 | , | 2022 | and | 17th")]
    [InlineData("On July 17,2025", "On | July | 17 | , | 2025")]
    // Punctuation: one token per character except runs of stops and dashes.
    [InlineData("Wait... now -- then — fine…", "Wait | ... | now | -- | then | — | fine | …")]
    [InlineData("(yes); [no]: “maybe”?!", "( | yes | ) | ; | [ | no | ] | : | “ | maybe | ” | ? | !")]
    [InlineData("see state.gov/travel", "see | state.gov | / | travel")]
    public void Splits(string text, string expected) => Assert.Equal(expected, Split(text));

    [Fact]
    public void Offsets_point_into_the_text()
    {
        const string text = "Antony J. Blinken met U.S. envoys.";
        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(new TextSpan(0, 6), tokens[0].Span);
        Assert.Equal(new TextSpan(7, 9), tokens[1].Span);
        Assert.Equal("J.", text[tokens[1].Start..tokens[1].End]);
        Assert.Equal(new TextSpan(22, 26), tokens[4].Span);
        Assert.Equal("U.S.", text[tokens[4].Start..tokens[4].End]);
        Assert.Equal(new TextSpan(33, 34), tokens[^1].Span);
    }

    [Fact]
    public void Norm_is_lower_case_with_typographic_marks_folded()
    {
        var norms = Tokenizer.Tokenize("“Lavrov’s” – U.S. didn’t — NATO…").Select(t => t.Norm);

        Assert.Equal(["\"", "lavrov", "'s", "\"", "-", "u.s.", "did", "n't", "-", "nato", "..."], norms);
    }

    [Theory]
    [InlineData("NATO", TokenFlags.Word | TokenFlags.Capitalized | TokenFlags.AllCaps)]
    [InlineData("Minsk", TokenFlags.Word | TokenFlags.Capitalized)]
    [InlineData("visa-free", TokenFlags.Word)]
    [InlineData("U.S.", TokenFlags.Word | TokenFlags.Capitalized | TokenFlags.AllCaps)]
    [InlineData("17", TokenFlags.Word | TokenFlags.Number)]
    [InlineData("1,000", TokenFlags.Word | TokenFlags.Number)]
    [InlineData("3.5", TokenFlags.Word | TokenFlags.Number)]
    [InlineData("17th", TokenFlags.Word)]
    [InlineData("—", TokenFlags.Punctuation)]
    public void Flags_describe_the_token(string word, TokenFlags expected)
    {
        var token = Assert.Single(Tokenizer.Tokenize("x " + word), t => t.Start == 2);

        Assert.Equal(expected, token.Flags);
    }

    [Theory]
    [InlineData("One two.\n\nThree four.\nFive.", "One|Three")]
    [InlineData("One.\r\n\r\nTwo.\r\nThree.", "One|Two")]
    [InlineData("One.\n   \n\tTwo.", "One|Two")]
    [InlineData("  \n\nOne.\nTwo.", "One")]
    public void Paragraph_starts_follow_blank_lines(string text, string expected)
    {
        var starts = Tokenizer.Tokenize(text).Where(t => (t.Flags & TokenFlags.ParagraphStart) != 0).Select(t => text[t.Start..t.End]);

        Assert.Equal(expected, string.Join("|", starts));
    }

    [Fact]
    public void A_range_keeps_offsets_into_the_whole_text()
    {
        const string text = "Skip this. Minsk hosted talks.";
        var tokens = Tokenizer.Tokenize(text, 11, 23);

        Assert.Equal(["Minsk", "hosted"], tokens.Select(t => text[t.Start..t.End]));
        Assert.Equal(new TextSpan(11, 16), tokens[0].Span);
        Assert.True((tokens[0].Flags & TokenFlags.ParagraphStart) != 0);
    }

    [Theory]
    [InlineData("Prime Minister", "prime minister")]
    [InlineData("Nagorno-Karabakh", "nagorno-karabakh")]
    [InlineData("U.S. Department of State", "u.s. department of state")]
    [InlineData("Côte d’Ivoire", "côte d'ivoire")]
    [InlineData("Russia’s foreign ministry", "russia 's foreign ministry")]
    public void Dictionary_phrases_tokenize_as_they_do_inside_sentences(string phrase, string norms)
    {
        var alone = Tokenizer.Tokenize(phrase).Select(t => t.Norm);
        var text = $"Yesterday {phrase} spoke.";
        var inside = Tokenizer.Tokenize(text).Skip(1).SkipLast(2).Select(t => t.Norm);

        Assert.Equal(norms, string.Join(" ", alone));
        Assert.Equal(alone, inside);
    }

    [Fact]
    public void An_emoji_is_one_token()
    {
        var tokens = Tokenizer.Tokenize("Peace 🕊 now");

        Assert.Equal(3, tokens.Length);
        Assert.Equal(new TextSpan(6, 8), tokens[1].Span);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\n\t ")]
    public void Blank_text_has_no_tokens(string text) => Assert.Empty(Tokenizer.Tokenize(text));
}
