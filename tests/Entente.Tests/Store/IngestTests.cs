using Entente.Tests.Sources;

namespace Entente.Tests.Store;

/// <summary><c>entente ingest</c>: storing, idempotence, the summary.</summary>
public sealed class IngestTests(StoreDatabases databases) : IClassFixture<StoreDatabases>, IDisposable
{
    private readonly TempFolder _files = new();

    public void Dispose() => _files.Dispose();

    private string Corpus(string name) => _files.Write(name,
        StoreCli.Line("c1", "Chile condemned Peru on Monday. The weather was mild.", "2025-03-12", "Andes Daily")
        + StoreCli.Line("c2", "Peru praised Bolivia on Tuesday.", "2025-03-13", "Lima Post")
        + StoreCli.Line("c3", "Nothing of note happened in the capital.", "2025-03-14"));

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task Ingest_stores_articles_evidence_sentences_events_and_actors(string kind)
    {
        var db = databases.New(kind);

        var result = await StoreCli.Run("ingest", Corpus("a.jsonl"), "--db", db);

        Assert.Equal(0, result.Exit);
        Assert.Contains("ingested 3 articles", result.Err);
        var counts = StoreProbe.Counts(db);
        Assert.Equal(3, counts.Articles);
        Assert.Equal(2, counts.Sentences);
        Assert.Equal(2, counts.Events);
        Assert.Equal(2, counts.Mentions);
        Assert.Equal(["BOL", "CHL", "PER"], StoreProbe.Rows(db, "SELECT code FROM actors ORDER BY code").Select(r => r[0]));
        Assert.Equal("Chile condemned Peru on Monday.", StoreProbe.Rows(db, "SELECT s.text FROM sentences s JOIN articles a ON a.id = s.article_id WHERE a.article_key = 'c1'")[0][0]);
    }

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task The_same_articles_ingested_twice_or_from_two_files_are_stored_once(string kind)
    {
        var db = databases.New(kind);
        var first = Corpus("a.jsonl");
        var copy = Corpus("b.jsonl");

        var once = await StoreCli.Run("ingest", first, copy, "--db", db);
        var again = await StoreCli.Run("ingest", first, "--db", db);

        Assert.Equal(0, once.Exit);
        Assert.Contains("ingested 3 articles", once.Err);
        Assert.Contains("(3 skipped as already stored)", once.Err);
        Assert.Equal(0, again.Exit);
        Assert.Contains("ingested 0 articles", again.Err);
        Assert.Contains("(3 skipped as already stored)", again.Err);
        var counts = StoreProbe.Counts(db);
        Assert.Equal((3, 2, 2), (counts.Articles, counts.Events, counts.Mentions));
        Assert.Equal(2, StoreProbe.Scalar(db, "SELECT sum(num_articles) FROM events"));
    }

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task The_summary_names_every_count_and_bad_inputs_do_not_stop_the_run(string kind)
    {
        var db = databases.New(kind);
        var bad = _files.Write("bad.jsonl", StoreCli.Line("ok", "Chile praised Peru on Monday.", "2025-03-12") + "{oops\n");

        var result = await StoreCli.Run("ingest", bad, "--db", db);

        Assert.Equal(1, result.Exit);
        Assert.Contains($"{bad}:2: malformed JSON", result.Err);
        var summary = result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Single(l => l.StartsWith("entente: ingested", StringComparison.Ordinal));
        Assert.Matches(@"ingested 1 articles into .+ \(0 skipped as already stored\): 1 sentences, 1 events, 0 facts, 1 errors in [0-9.]+ s \([0-9,]+ words/s\)", summary);
        Assert.Equal(1, StoreProbe.Counts(db).Articles);
    }
}
