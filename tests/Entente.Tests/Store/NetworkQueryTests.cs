using System.Text.Json;
using Entente.Tests.Sources;

namespace Entente.Tests.Store;

/// <summary><c>entente network</c>: pairs of states folded from both directions, the default period, and the filters.</summary>
public sealed class NetworkQueryTests(StoreDatabases databases) : IClassFixture<StoreDatabases>, IDisposable
{
    private readonly TempFolder _files = new();

    public void Dispose() => _files.Dispose();

    private static JsonElement Edge(JsonElement report, string a, string b) =>
        report.GetProperty("edges").EnumerateArray().Single(e => e.GetProperty("a").GetString() == a && e.GetProperty("b").GetString() == b);

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task Default_period_is_the_year_up_to_the_newest_article_and_both_directions_make_one_edge(string kind)
    {
        var db = await NetworkStories.Seed(databases, _files, kind);

        var r = await StoreCli.Json("network", "--db", db);

        Assert.Equal(("2024-07-01", "2025-06-30"), (r.GetProperty("from").GetString(), r.GetProperty("to").GetString()));
        Assert.Equal(["CHL-PER", "JPN-VNM", "CHN-JPN"], r.GetProperty("edges").EnumerateArray().Select(e => $"{e.GetProperty("a").GetString()}-{e.GetProperty("b").GetString()}"));
        var chilePeru = Edge(r, "CHL", "PER");
        Assert.Equal((3, 2, 1, 2, 1), (chilePeru.GetProperty("events").GetInt32(), chilePeru.GetProperty("a_to_b").GetInt32(), chilePeru.GetProperty("b_to_a").GetInt32(),
            chilePeru.GetProperty("cooperation").GetInt32(), chilePeru.GetProperty("conflict").GetInt32()));
        Assert.Equal(0, chilePeru.GetProperty("goldstein_mean").GetDouble());
        var chinaJapan = Edge(r, "CHN", "JPN");
        Assert.Equal((0, 1), (chinaJapan.GetProperty("a_to_b").GetInt32(), chinaJapan.GetProperty("b_to_a").GetInt32()));
        Assert.True(chinaJapan.GetProperty("goldstein_mean").GetDouble() < 0);
        Assert.True(Edge(r, "JPN", "VNM").GetProperty("goldstein_mean").GetDouble() > 5);
        var japan = r.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("code").GetString() == "JPN");
        Assert.Equal((3, 2, "Japan"), (japan.GetProperty("events").GetInt32(), japan.GetProperty("partners").GetInt32(), japan.GetProperty("name").GetString()));
        Assert.Equal(6, r.GetProperty("events").GetInt32());
        Assert.Equal(5, r.GetProperty("nodes").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task Dates_minimum_and_limit_choose_the_pairs(string kind)
    {
        var db = await NetworkStories.Seed(databases, _files, kind);

        var all = await StoreCli.Json("network", "--from", "2024", "--db", db);
        var busy = await StoreCli.Json("network", "--min", "2", "--db", db);
        var top = await StoreCli.Json("network", "--limit", "1", "--db", db);
        var old = await StoreCli.Json("network", "--from", "2024-01", "--to", "2024-01", "--db", db);

        Assert.Equal(4, all.GetProperty("edges").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, all.GetProperty("to").ValueKind);
        Assert.Equal(["CHL", "JPN"], busy.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("a").GetString()));
        Assert.Equal((1, 3), (top.GetProperty("edges").GetArrayLength(), top.GetProperty("pairs_in_period").GetInt32()));
        var praise = Assert.Single(old.GetProperty("edges").EnumerateArray());
        Assert.Equal(("ARG", "BRA", 0, 1), (praise.GetProperty("a").GetString(), praise.GetProperty("b").GetString(), praise.GetProperty("a_to_b").GetInt32(), praise.GetProperty("b_to_a").GetInt32()));
    }

    [Fact]
    public async Task Focus_keeps_a_states_pairs_and_the_pairs_among_its_partners()
    {
        var db = await NetworkStories.Seed(databases, _files, StoreKinds.Sqlite);
        // Peru and Vietnam have a pair of their own; with Japan in focus it shows only when both are Japan's partners.
        var more = _files.Write("more.jsonl", StoreCli.Line("n8", "Vietnam praised China for the new railway on Friday.", "2025-06-28", "Hanoi News")
            + StoreCli.Line("n9", "Peru praised Vietnam for the rice shipments on Friday.", "2025-06-28", "Andes Daily"));
        Assert.Equal(0, (await StoreCli.Run("ingest", more, "--db", db)).Exit);

        var japan = await StoreCli.Json("network", "--focus", "jpn", "--db", db);
        var chile = await StoreCli.Json("network", "--focus", "CHL", "--limit", "1", "--db", db);

        Assert.Equal(["CHN-JPN", "JPN-VNM", "CHN-VNM"], japan.GetProperty("edges").EnumerateArray()
            .Select(e => $"{e.GetProperty("a").GetString()}-{e.GetProperty("b").GetString()}").OrderBy(x => x.Contains("JPN") ? 0 : 1).ThenBy(x => x));
        Assert.Equal("JPN", japan.GetProperty("focus").GetString());
        Assert.Equal("CHL-PER", $"{chile.GetProperty("edges")[0].GetProperty("a").GetString()}-{chile.GetProperty("edges")[0].GetProperty("b").GetString()}");
    }

    [Fact]
    public async Task Text_lists_pairs_and_states_and_an_empty_period_says_so()
    {
        var db = await NetworkStories.Seed(databases, _files, StoreKinds.Sqlite);

        var text = await StoreCli.Run("network", "--db", db);
        var empty = await StoreCli.Run("network", "--from", "2030", "--db", db);
        var bad = await StoreCli.Run("network", "--min", "0", "--db", db);

        Assert.Equal(0, text.Exit);
        Assert.Contains("3 pairs of states (of 3 with events), 5 states, 6 events, 2024-07-01 to 2025-06-30", text.Out);
        Assert.Contains("CHL–PER", text.Out);
        Assert.Contains("Vietnam", text.Out);
        Assert.Contains("No events between states in this period.", empty.Out);
        Assert.NotEqual(0, bad.Exit);
        Assert.Contains("--min must be at least 1", bad.Err);
    }
}
