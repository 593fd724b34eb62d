using System.Globalization;
using System.Text.Json;
using Entente.Tests.Sources;

namespace Entente.Tests.Store;

/// <summary>
/// The monthly counts (<c>dyad_months</c>, kept by triggers) agree with the events they summarize, and the dyad and
/// network reports read from them equal the reports grouped from the events.
/// </summary>
public sealed class DyadMonthsTests(StoreDatabases databases) : IClassFixture<StoreDatabases>, IDisposable
{
    private readonly TempFolder _files = new();

    public void Dispose() => _files.Dispose();

    private const string Grouped = """
        SELECT source_key, target_key, day / 100, quad_class, count(*), sum(num_mentions) FROM events
        GROUP BY source_key, target_key, day / 100, quad_class ORDER BY 1, 2, 3, 4
        """;

    private const string Monthly = "SELECT source_key, target_key, month, quad_class, events, mentions FROM dyad_months ORDER BY 1, 2, 3, 4";

    private static string Show(List<object?[]> rows) =>
        string.Join("\n", rows.Select(r => string.Join(" ", r.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)))));

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task Monthly_counts_follow_new_events_and_new_reports_of_known_ones(string kind)
    {
        var db = await NetworkStories.Seed(databases, _files, kind);
        // A second outlet reports the condemnation again (one event, two mentions) and a new month begins.
        var more = _files.Write("more.jsonl",
            StoreCli.Line("n6", "Chile condemned Peru on Monday.", "2025-05-13", "Pacific Herald")
            + StoreCli.Line("n7", "Peru praised Chile on Friday.", "2025-07-05", "Andes Daily"));
        var ingest = await StoreCli.Run("ingest", more, "--db", db);
        Assert.True(ingest.Exit == 0, ingest.Err);

        var grouped = StoreProbe.Rows(db, Grouped);

        Assert.Equal(Show(grouped), Show(StoreProbe.Rows(db, Monthly)));
        Assert.Contains(grouped, r => Convert.ToString(r[0], CultureInfo.InvariantCulture) == "CHL" && Convert.ToInt64(r[2], CultureInfo.InvariantCulture) == 202505
            && Convert.ToInt64(r[3], CultureInfo.InvariantCulture) == 3 && Convert.ToInt64(r[5], CultureInfo.InvariantCulture) == 2);
    }

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public void Migrating_an_older_database_fills_the_monthly_counts_from_its_events(string kind)
    {
        var db = databases.New(kind);
        OlderSchemas.Create(db, 1, OlderSchemas.Version1Article);

        using (var store = Entente.Store.KnowledgeStore.Open(Entente.Store.StoreTarget.Parse(db), create: false)) Assert.Equal(3, store.SchemaVersion);

        Assert.Equal("CHL PER 202503 1 1 1", Show(StoreProbe.Rows(db, Monthly)));
    }

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task Reports_from_monthly_counts_equal_reports_grouped_from_events(string kind)
    {
        var db = await NetworkStories.Seed(databases, _files, kind);

        // Whole months read dyad_months; a period that cuts a month (the 2nd) groups the events.
        var dyadMonthly = await StoreCli.Json("dyad", "CHL", "PER", "--from", "2025-05", "--to", "2025-06", "--db", db);
        var dyadGrouped = await StoreCli.Json("dyad", "CHL", "PER", "--from", "2025-05-02", "--to", "2025-06-30", "--db", db);
        var networkMonthly = await StoreCli.Json("network", "--from", "2024", "--db", db);
        var networkGrouped = await StoreCli.Json("network", "--from", "2024-01-02", "--db", db);

        foreach (var part in new[] { "events", "mentions", "goldstein_mean", "quad_classes", "months" })
            Assert.Equal(dyadGrouped.GetProperty(part).GetRawText(), dyadMonthly.GetProperty(part).GetRawText());
        Assert.Equal(3, dyadMonthly.GetProperty("events").GetInt32());
        foreach (var part in new[] { "events", "pairs_in_period", "nodes", "edges" })
            Assert.Equal(networkGrouped.GetProperty(part).GetRawText(), networkMonthly.GetProperty(part).GetRawText());
        Assert.Equal(JsonValueKind.Array, networkMonthly.GetProperty("edges").ValueKind);
        Assert.Equal(4, networkMonthly.GetProperty("edges").GetArrayLength());
    }
}
