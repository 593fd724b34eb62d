using Entente.Tests.Sources;

namespace Entente.Tests.Store;

/// <summary>Many articles reporting one event make one event with many mentions (GDELT's NumMentions, NumArticles, NumSources).</summary>
public sealed class MergeTests(StoreDatabases databases) : IClassFixture<StoreDatabases>, IDisposable
{
    private readonly TempFolder _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task Two_articles_reporting_the_same_event_make_one_event_with_two_mentions(string kind)
    {
        var db = databases.New(kind);
        var file = _files.Write("same.jsonl",
            StoreCli.Line("m1", "Chile condemned Peru on Monday.", "2025-03-12", "Andes Daily")
            + StoreCli.Line("m2", "In Santiago, Chile condemned Peru on Monday.", "2025-03-12", "Lima Post"));

        Assert.Equal(0, (await StoreCli.Run("ingest", file, "--db", db)).Exit);

        var events = StoreProbe.Rows(db, "SELECT date, source, target, code, num_mentions, num_articles, num_sources FROM events");
        Assert.Equal([["2025-03-10", "CHL", "PER", "111", 2L, 2L, 2L]], events);
        var mentions = StoreProbe.Rows(db, """
            SELECT a.article_key, m.sentence, m.span_start, m.span_end, m.rule, s.text
            FROM mentions m JOIN articles a ON a.id = m.article_id JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence
            ORDER BY a.article_key
            """);
        Assert.Equal(2, mentions.Count);
        Assert.Equal(["m1", 0L, 0L, 20L, "condemn", "Chile condemned Peru on Monday."], mentions[0]);
        Assert.Equal("m2", mentions[1][0]);
        Assert.Equal("In Santiago, Chile condemned Peru on Monday.", mentions[1][5]);
    }

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task Outlets_count_once_however_many_of_their_articles_repeat_an_event(string kind)
    {
        var db = databases.New(kind);
        var file = _files.Write("outlets.jsonl",
            StoreCli.Line("o1", "Chile condemned Peru on Monday.", "2025-03-12", "Andes Daily")
            + StoreCli.Line("o2", "As reported, Chile condemned Peru on Monday.", "2025-03-12", "Andes Daily")
            + StoreCli.Line("o3", "Chile condemned Peru on Monday. Later, Chile condemned Peru on Monday.", "2025-03-12", "Lima Post"));

        Assert.Equal(0, (await StoreCli.Run("ingest", file, "--db", db)).Exit);

        Assert.Equal([[4L, 3L, 2L]], StoreProbe.Rows(db, "SELECT num_mentions, num_articles, num_sources FROM events"));
        Assert.Equal(4, StoreProbe.Counts(db).Mentions);
    }

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task Events_on_other_dates_or_with_other_codes_stay_apart(string kind)
    {
        var db = databases.New(kind);
        var file = _files.Write("apart.jsonl",
            StoreCli.Line("d1", "Chile condemned Peru on Monday.", "2025-03-12")
            + StoreCli.Line("d2", "Chile condemned Peru on Tuesday.", "2025-03-12")
            + StoreCli.Line("d3", "Chile praised Peru on Monday.", "2025-03-12"));

        Assert.Equal(0, (await StoreCli.Run("ingest", file, "--db", db)).Exit);

        Assert.Equal(3, StoreProbe.Counts(db).Events);
        Assert.Equal(0, StoreProbe.Scalar(db, "SELECT count(*) FROM events WHERE num_mentions <> 1"));
    }
}
