using Entente.Store;
using Entente.Tests.Sources;

namespace Entente.Tests.Store;

/// <summary>
/// Schema version 2 keeps where each evidence sentence starts in its article, so stored spans (article offsets)
/// map onto the sentence exactly; databases of version 1 migrate and keep their rows, without offsets.
/// </summary>
public sealed class SentenceOffsetTests(StoreDatabases databases) : IClassFixture<StoreDatabases>, IDisposable
{
    private readonly TempFolder _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task A_version_1_database_migrates_keeping_its_rows_and_new_articles_store_their_sentence_offsets(string kind)
    {
        var db = databases.New(kind);
        OlderSchemas.Create(db, 1, OlderSchemas.Version1Article);

        using (var store = KnowledgeStore.Open(StoreTarget.Parse(db), create: false)) Assert.Equal(KnowledgeStore.LatestSchemaVersion(store.Kind), store.SchemaVersion);
        var migrated = StoreProbe.Counts(db);
        var ingest = await StoreCli.Run("ingest", _files.Write("new.jsonl",
            StoreCli.Line("v2", "Officials met in Lima. Chile condemned Peru on Monday.", "2025-03-12")), "--db", db);
        var events = await StoreCli.Json("events", "--source", "CHL", "--db", db);

        Assert.Equal([[1L, "initial"], [2L, "sentence-offsets"], [3L, "dyad-months"]], StoreProbe.Rows(db, "SELECT version, name FROM schema_version ORDER BY version"));
        Assert.Equal(new StoreCounts(1, 1, 1, 1, 0, 0), migrated);
        Assert.True(ingest.Exit == 0, ingest.Err);
        Assert.Equal([["v1", "Chile praised Peru on Saturday.", null], ["v2", "Chile condemned Peru on Monday.", 23L]],
            StoreProbe.Rows(db, "SELECT a.article_key, s.text, s.start_offset FROM sentences s JOIN articles a ON a.id = s.article_id ORDER BY a.article_key"));
        var starts = events.EnumerateArray().ToDictionary(e => e.GetProperty("code").GetString()!, e => e.GetProperty("evidence").GetProperty("sentence_start"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, starts["051"].ValueKind);
        Assert.Equal(23, starts["111"].GetInt32());
    }

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task Stored_evidence_gives_the_sentence_start_that_maps_the_span_onto_its_sentence_exactly(string kind)
    {
        var db = databases.New(kind);
        const string events = "Officials met in Lima. Chile's foreign minister said Chile condemned Peru on Monday, and Peru answered.";
        const string facts = "Trade grew again. Laos became a partner of the Shanghai Cooperation Organisation.";
        var ingest = await StoreCli.Run("ingest", _files.Write("offsets.jsonl",
            StoreCli.Line("o1", events, "2025-03-12") + StoreCli.Line("o2", facts, "2025-09-05")), "--db", db);

        var condemn = await StoreCli.Json("events", "--source", "CHL", "--code", "111", "--db", db);
        var sco = await StoreCli.Json("org", "SCO", "--db", db);

        Assert.True(ingest.Exit == 0, ingest.Err);
        var mention = Assert.Single(Assert.Single(condemn.EnumerateArray()).GetProperty("mentions").EnumerateArray());
        var (start, text) = (mention.GetProperty("sentence_start").GetInt32(), mention.GetProperty("text").GetString()!);
        var span = mention.GetProperty("span").EnumerateArray().Select(x => x.GetInt32()).ToArray();
        Assert.Equal(events.IndexOf("Chile's", StringComparison.Ordinal), start);
        Assert.Equal(events.Substring(start, text.Length), text);
        Assert.Equal(events[span[0]..span[1]], text[(span[0] - start)..(span[1] - start)]);
        Assert.Equal("Chile condemned Peru", text[(span[0] - start)..(span[1] - start)]);
        var laos = sco.GetProperty("current").EnumerateArray().Single(m => m.GetProperty("country").GetString() == "LAO").GetProperty("evidence");
        Assert.Equal(("o2", facts.IndexOf("Laos", StringComparison.Ordinal)), (laos.GetProperty("article").GetString(), laos.GetProperty("sentence_start").GetInt32()));
    }
}
