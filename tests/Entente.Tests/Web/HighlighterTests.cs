using Entente.Web.Pages;

namespace Entente.Tests.Web;

/// <summary>The marking of source, verb/evidence and target in a sentence, with and without the sentence's offset.</summary>
public sealed class HighlighterTests
{
    [Fact]
    public void Marks_source_verb_and_target_with_a_known_sentence_offset()
    {
        // Article: "Intro. Chile condemned Peru on Monday." The sentence starts at 7; the span covers "Chile condemned Peru".
        var html = Highlighter.Sentence("Chile condemned Peru on Monday.", 7, 27, "Chile", "Peru", sentenceStart: 7);

        Assert.Equal("<mark class=\"src\">Chile</mark> <mark class=\"verb\">condemned</mark> <mark class=\"tgt\">Peru</mark> on Monday.", html);
    }

    [Fact]
    public void A_known_sentence_offset_marks_the_span_where_guessing_by_the_actors_names_would_not()
    {
        // Article: "Officials met in Lima. Chile's foreign minister said Chile condemned Peru ..."; the sentence starts at 23
        // and the span [53, 68) covers the second "Chile condemned". The guess takes the first stretch of that length
        // with an actor's name: "Chile's foreign".
        const string sentence = "Chile's foreign minister said Chile condemned Peru on Monday, and Peru answered.";

        var html = Highlighter.Sentence(sentence, 53, 68, "CHL", "PER", sentenceStart: 23, names: Names);

        Assert.Equal(0, Highlighter.Locate(sentence, 15, ["Chile", "Peru"]));
        Assert.Equal("Chile&#x27;s foreign minister said <mark class=\"src\">Chile</mark> <mark class=\"verb\">condemned</mark> "
            + "<mark class=\"tgt\">Peru</mark> on Monday, and Peru answered.", html);
    }

    private static IEnumerable<string> Names(string code) => code switch
    {
        "CHL" => ["Chile", "Chilean"],
        "PER" => ["Peru", "Peruvian"],
        _ => [],
    };

    [Fact]
    public void Places_a_stored_span_by_its_length_and_the_actors_texts()
    {
        var html = Highlighter.Sentence("On Monday, Chile condemned Peru.", 107, 127, "Chile", "Peru");

        Assert.Equal("On Monday, <mark class=\"src\">Chile</mark> <mark class=\"verb\">condemned</mark> <mark class=\"tgt\">Peru</mark>.", html);
    }

    [Fact]
    public void Encodes_all_text_and_marks_actors_when_the_span_cannot_be_placed()
    {
        var html = Highlighter.Sentence("<b>Chile</b> & Peru", 0, 500, "Chile", "Peru");

        Assert.Equal("&lt;b&gt;<mark class=\"src\">Chile</mark>&lt;/b&gt; &amp; <mark class=\"tgt\">Peru</mark>", html);
    }

    [Fact]
    public void Finds_a_code_by_its_names_and_a_person_by_the_surname()
    {
        var html = Highlighter.Sentence("Ryzhenkov congratulated Laos on becoming a partner.", 562, 585, "Maxim Ryzhenkov", "LAO",
            names: code => code == "LAO" ? ["Laos", "Lao", "Laotian"] : []);

        Assert.Equal("<mark class=\"src\">Ryzhenkov</mark> <mark class=\"verb\">congratulated</mark> <mark class=\"tgt\">Laos</mark> on becoming a partner.", html);
    }
}
