using Entente.Sources;
using Entente.Text;
using Xunit;

namespace Entente.Tests.Text;

public sealed class QuotationFinderTests
{
    /// <summary>Each quotation as <c>Kind: words ← speaker</c>.</summary>
    private static string[] Find(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var quotations = QuotationFinder.Find(text, tokens, SentenceSplitter.Split(text, tokens));
        return quotations
            .Select(q => $"{q.Kind}: {text[q.Span.Start..q.Span.End]} ← {text[q.Speaker.Start..q.Speaker.End]}")
            .ToArray();
    }

    [Theory]
    [InlineData("\"We will sign the agreement,\" Lavrov said.", "We will sign the agreement ← Lavrov")]
    [InlineData("“We will sign,” said Foreign Minister Sergei Lavrov.", "We will sign ← Foreign Minister Sergei Lavrov")]
    [InlineData("“Visa-free travel starts today,” Maxim Ryzhenkov, the Belarusian foreign minister, said.",
        "Visa-free travel starts today ← Maxim Ryzhenkov, the Belarusian foreign minister")]
    [InlineData("“Go,” said Lavrov, Russia's foreign minister.", "Go ← Lavrov, Russia's foreign minister")]
    [InlineData("“Is it over?” the minister asked.", "Is it over? ← the minister")]
    [InlineData("\"We are ready,\" she has also said.", "We are ready ← she")]
    [InlineData("Secretary Blinken said, “We stand with Ukraine.”", "We stand with Ukraine. ← Secretary Blinken")]
    [InlineData("The minister said: \"Our doors are open.\"", "Our doors are open. ← The minister")]
    [InlineData("Lavrov told reporters in Minsk: “The talks went well.”", "The talks went well. ← Lavrov")]
    [InlineData("In Vientiane, Ambassador to the United Nations Jane Roe stated, “We welcome the deal.”",
        "We welcome the deal. ← Ambassador to the United Nations Jane Roe")]
    [InlineData("Maxim Ryzhenkov, the Belarusian foreign minister, said: “We are friends.”",
        "We are friends. ← Maxim Ryzhenkov, the Belarusian foreign minister")]
    [InlineData("“We will win.” Lavrov said.", "We will win. ← Lavrov")]
    [InlineData("“The talks were useful,” member states said.", "The talks were useful ← member states")]
    [InlineData("“We agree,” said Under Secretary of State for Arms Control Jane Roe.", "We agree ← Under Secretary of State for Arms Control Jane Roe")]
    [InlineData("As we’ve said, “There will be consequences.”", "There will be consequences. ← we")]
    [InlineData("“It can be done,” she often said.", "It can be done ← she")]
    public void Said_verb_before_or_after_the_quote(string text, string expected)
    {
        var quotation = Assert.Single(Find(text));

        Assert.Equal("SaidVerb: " + expected, quotation);
    }

    [Fact]
    public void A_quote_opening_the_next_sentence_continues_the_speaker()
    {
        Assert.Equal(
            ["SaidVerb: We will win ← he", "SaidVerb: Russia will lose. ← he"],
            Find("\"We will win,\" he said. \"Russia will lose.\""));
    }

    [Fact]
    public void A_quote_runs_on_into_the_next_paragraph()
    {
        Assert.Equal(
            ["SaidVerb: We will win. ← The minister", "SaidVerb: Russia will lose. ← The minister"],
            Find("The minister said: “We will win.\n\n“Russia will lose.”"));
    }

    [Theory]
    [InlineData("The so-called “referendum” was a sham.")]
    [InlineData("She used the word “independent” twice.")]
    [InlineData("He scribbled notes that read: “Something new.”")]
    [InlineData("“Peace now,” the banner read.")]
    [InlineData("The “Open Door” policy stays, the United States said.")]
    public void Quotes_without_a_speaker_are_not_quotations(string text) => Assert.Empty(Find(text));

    [Theory]
    [InlineData("According to the Belarusian foreign ministry, the agreement takes effect in August.",
        "the agreement takes effect in August ← the Belarusian foreign ministry")]
    [InlineData("The agreement takes effect in August, according to Lavrov.", "The agreement takes effect in August ← Lavrov")]
    [InlineData("The talks, according to diplomats, were difficult.", "The talks, according to diplomats, were difficult ← diplomats")]
    [InlineData("But according to the report, exports fell.", "exports fell ← the report")]
    [InlineData("Ten journalists died this year according to Reporters Without Borders.",
        "Ten journalists died this year according to Reporters Without Borders ← Reporters Without Borders")]
    public void According_to(string text, string expected) => Assert.Equal(["AccordingTo: " + expected], Find(text));

    [Theory]
    [InlineData("Each state acts according to its own laws.")]
    [InlineData("The work went according to plan.")]
    public void According_to_in_the_sense_of_manner_is_not_a_quotation(string text) => Assert.Empty(Find(text));

    [Theory]
    [InlineData("Maxim Ryzhenkov, Minister of Foreign Affairs of Belarus:\n\n“We are pleased with the visit.”",
        "We are pleased with the visit. ← Maxim Ryzhenkov, Minister of Foreign Affairs of Belarus")]
    [InlineData("Thongsavanh Phomvihane, Lao Foreign Minister:\n\nWe welcome our guests.\n\nThe visit ended.",
        "We welcome our guests. ← Thongsavanh Phomvihane, Lao Foreign Minister")]
    [InlineData("The below is attributable to Spokesperson Jane Doe:\n\nThe Secretary spoke with the minister today.",
        "The Secretary spoke with the minister today. ← Spokesperson Jane Doe")]
    [InlineData("Jane Doe:\n\n\"We welcome our guests.\"", "We welcome our guests. ← Jane Doe")]
    public void Transcript_line_introduces_the_next_paragraph(string text, string expected) =>
        Assert.Equal(["TranscriptLine: " + expected], Find(text));

    [Theory]
    [InlineData("The steps are as follows:\n\nFirst, apply online.")]
    [InlineData("Begin Text:\n\nWe, the ministers, met today.")]
    [InlineData("Jane Doe:\n\nWe welcome our guests.")]
    public void A_colon_line_that_names_no_speaker_is_not_a_transcript_line(string text) => Assert.Empty(Find(text));

    [Fact]
    public void Speaker_label_turn_runs_until_the_next_label()
    {
        const string text = "SECRETARY BLINKEN: Good morning. We met today.\n\nWe discussed Ukraine.\n\n"
            + "QUESTION: Thank you. Will you go?\n\nMR PRICE: Next question.";

        Assert.Equal(
            [
                "SpeakerLabel: Good morning. We met today.\n\nWe discussed Ukraine. ← SECRETARY BLINKEN",
                "SpeakerLabel: Thank you. Will you go? ← QUESTION",
                "SpeakerLabel: Next question. ← MR PRICE",
            ],
            Find(text));
    }

    [Theory]
    [InlineData("FOREIGN MINISTER LAVROV: (Via interpreter) We are ready.", "(Via interpreter) We are ready. ← FOREIGN MINISTER LAVROV")]
    [InlineData("MR. PRICE: Sure, thanks for the question.", "Sure, thanks for the question. ← MR. PRICE")]
    [InlineData("FOREIGN MINISTER AL-SABAH: Thank you all.", "Thank you all. ← FOREIGN MINISTER AL-SABAH")]
    public void Speaker_labels_in_capitals(string text, string expected) => Assert.Equal(["SpeakerLabel: " + expected], Find(text));

    [Fact]
    public void Title_case_labels_count_when_they_recur()
    {
        const string text = "Moderator: Welcome, everyone.\n\nMs. Doe: Thanks for having me.\n\nModerator: Our next question.";

        Assert.Equal(
            [
                "SpeakerLabel: Welcome, everyone.\n\nMs. Doe: Thanks for having me. ← Moderator",
                "SpeakerLabel: Our next question. ← Moderator",
            ],
            Find(text));
    }

    [Theory]
    [InlineData("VESSEL NAME: Sea Star\n\nVESSEL FLAG: Panama\n\nVESSEL TYPE: Bulk Carrier")]
    [InlineData("NOTE: The event is closed to press.")]
    [InlineData("Background: The talks began in May.")]
    public void Headings_and_data_fields_are_not_speaker_labels(string text) => Assert.Empty(Find(text));

    [Fact]
    public void A_quote_inside_a_turn_has_its_own_speaker()
    {
        Assert.Equal(
            [
                "SpeakerLabel: As Lavrov said, “We will see.” ← SECRETARY BLINKEN",
                "SaidVerb: We will see. ← Lavrov",
            ],
            Find("SECRETARY BLINKEN: As Lavrov said, “We will see.”"));
    }

    [Fact]
    public void Spans_are_offsets_into_the_article_text()
    {
        const string text = "\"We agree,\" Lavrov said.";
        var document = DocumentBuilder.Build(new Article("a1", null, text, new DateOnly(2025, 7, 17)));

        var quotation = Assert.Single(document.Quotations);
        Assert.Equal(new Quotation(new TextSpan(1, 9), new TextSpan(12, 18), AttributionKind.SaidVerb), quotation);
    }
}
