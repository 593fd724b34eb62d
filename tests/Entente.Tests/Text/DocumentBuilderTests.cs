using Entente.Sources;
using Entente.Text;
using Xunit;

namespace Entente.Tests.Text;

public sealed class DocumentBuilderTests
{
    private const string Text =
        "Belarus and Laos agree on visa-free travel\n\n"
        + "VIENTIANE, July 17 — The foreign ministers of Belarus and Laos signed an agreement on Thursday.\n\n"
        + "“This is a historic day,” Maxim Ryzhenkov, the Belarusian foreign minister, said. "
        + "The U.S. Embassy did not comment, according to local media.";

    private static Document Build() => DocumentBuilder.Build(new Article("a1", null, Text, new DateOnly(2025, 7, 17)));

    [Fact]
    public void Builds_tokens_sentences_quotations_and_dateline()
    {
        var document = Build();

        Assert.Equal(
            [
                "Belarus and Laos agree on visa-free travel",
                "VIENTIANE, July 17 — The foreign ministers of Belarus and Laos signed an agreement on Thursday.",
                "“This is a historic day,” Maxim Ryzhenkov, the Belarusian foreign minister, said.",
                "The U.S. Embassy did not comment, according to local media.",
            ],
            document.Sentences.Select(s => document.TextOf(s.Span)));
        Assert.Equal([0, 1, 2, 2], document.Sentences.Select(s => s.Paragraph));
        Assert.Equal(new Dateline(new TextSpan(44, 64), "Vientiane", 7, 17), document.Dateline);
        Assert.Equal(
            [
                (AttributionKind.SaidVerb, "This is a historic day", "Maxim Ryzhenkov, the Belarusian foreign minister"),
                (AttributionKind.AccordingTo, "The U.S. Embassy did not comment", "local media"),
            ],
            document.Quotations.Select(q => (q.Kind, document.TextOf(q.Span), document.TextOf(q.Speaker))));
    }

    [Fact]
    public void Sentence_tokens_are_views_of_the_document_tokens()
    {
        var document = Build();
        var last = document.Sentences[^1];

        var words = document.TokensOf(last).ToArray().Select(t => t.Norm);

        Assert.Equal(["the", "u.s.", "embassy", "did", "not", "comment", ",", "according", "to", "local", "media", "."], words);
    }

    [Fact]
    public void Building_twice_gives_equal_results()
    {
        var first = Build();
        var second = Build();

        Assert.Equal(first.Tokens, second.Tokens);
        Assert.Equal(first.Sentences, second.Sentences);
        Assert.Equal(first.Quotations, second.Quotations);
    }
}
