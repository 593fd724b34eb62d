using Entente.Output;
using Entente.Records;
using Entente.Sources;
using Entente.Tests.Output;

namespace Entente.Tests.Compatibility;

public sealed class PhoenixEventWriterTests
{
    private static CodedArticle Article(string id, int sentences, string? url, params (int Sentence, string Source, string Target, string Code)[] events)
    {
        var article = new Article(id, null, "text", new DateOnly(2015, 6, 9), "AFP", url);
        var records = events.Select(e => Sample.Event with { Article = id, Sentence = e.Sentence, Source = e.Source, Target = e.Target, Code = e.Code, Date = PartialDate.OfDay(article.Published) }).ToList();
        return new CodedArticle(article, records, [], sentences, 10);
    }

    private static string Write(params CodedArticle[] articles)
    {
        var text = new StringWriter();
        using var writer = new PhoenixEventWriter(text);
        foreach (var a in articles) writer.Write(a);
        writer.Complete();
        return text.ToString();
    }

    [Fact]
    public void Records_of_a_story_merge_and_keep_the_last_sentence_id()
    {
        var output = Write(
            Article("STORY_1", 1, null, (0, "USA", "ISR", "072"), (0, "ISR", "USA", "033")),
            Article("STORY_2", 1, null, (0, "USA", "ISR", "072")),
            Article("OTHER_1", 1, null, (0, "USA", "ISR", "072")));

        Assert.Equal("20150609\tUSA\tISR\t072\t\tSTORY_2\tAFP\n20150609\tISR\tUSA\t033\t\tSTORY_1\tAFP\n20150609\tUSA\tISR\t072\t\tOTHER_1\tAFP\n", output);
    }

    [Fact]
    public void A_multi_sentence_article_is_a_story_with_numbered_sentences_and_a_url_gets_its_column()
    {
        var output = Write(Article("a1", 3, "https://example.org/a1", (2, "FRA", "RUS", "122")));

        Assert.Equal("20150609\tFRA\tRUS\t122\t\ta1_3\thttps://example.org/a1\tAFP\n", output);
    }
}
