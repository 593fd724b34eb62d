using System.Text.Json;
using Entente.Tests.Sources;

namespace Entente.Tests.Store;

/// <summary>The query commands (dyad, actor, org, events), in text and JSON, on a small knowledge base coded by the real engine.</summary>
public sealed class QueryCommandTests(StoreDatabases databases) : IClassFixture<StoreDatabases>, IDisposable
{
    private readonly TempFolder _files = new();

    public void Dispose() => _files.Dispose();

    /// <summary>A Chile–Peru story in a few articles, written for this test.</summary>
    private async Task<string> KnowledgeBase(string kind)
    {
        var db = databases.New(kind);
        var corpus = _files.Write("story.jsonl",
            StoreCli.Line("q1", "President Gabriel Boric of Chile met Peruvian President Dina Boluarte in Lima on Tuesday. "
                + "The two presidents signed an agreement on border trade. Boluarte accepted an invitation to visit Santiago.", "2025-03-12", "Lima Post")
            + StoreCli.Line("q2", "Chile condemned Peru on Monday.", "2025-04-15", "Andes Daily")
            + StoreCli.Line("q3", "Peru praised Chile on Friday.", "2025-05-09", "Andes Daily")
            + StoreCli.Line("q4", "Laos became a partner of the Shanghai Cooperation Organisation.", "2025-09-05", "Mekong Times"));
        var ingest = await StoreCli.Run("ingest", corpus, "--db", db);
        Assert.True(ingest.Exit == 0, ingest.Err);
        return db;
    }

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task Dyad_json_reports_every_section(string kind)
    {
        var db = await KnowledgeBase(kind);

        var r = await StoreCli.Json("dyad", "chl", "PER", "--db", db);

        Assert.Equal("CHL", r.GetProperty("a").GetString());
        Assert.Equal("Peru", r.GetProperty("b_name").GetString());
        var events = r.GetProperty("events").GetInt32();
        Assert.Equal(events, r.GetProperty("quad_classes").EnumerateArray().Sum(q => q.GetProperty("total").GetInt32()));
        var conflict = r.GetProperty("quad_classes")[2];
        Assert.Equal((3, 1, 0), (conflict.GetProperty("quad_class").GetInt32(), conflict.GetProperty("a_to_b").GetInt32(), conflict.GetProperty("b_to_a").GetInt32()));
        Assert.Equal(["2025-03", "2025-04", "2025-05"], r.GetProperty("months").EnumerateArray().Select(m => m.GetProperty("month").GetString()));
        Assert.Equal(1, r.GetProperty("months")[1].GetProperty("conflict").GetInt32());
        var meeting = r.GetProperty("last_leader_meeting");
        Assert.Equal(("2025-03-11", "04"), (meeting.GetProperty("date").GetString(), meeting.GetProperty("root").GetString()));
        Assert.Contains("met Peruvian President", meeting.GetProperty("evidence").GetProperty("text").GetString());
        Assert.All(r.GetProperty("agreement_events").EnumerateArray(), e => Assert.Equal("057", e.GetProperty("code").GetString()));
        Assert.NotEqual(0, r.GetProperty("agreement_events").GetArrayLength());
        Assert.Equal(["CHL", "PER"], r.GetProperty("agreements")[0].GetProperty("parties").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains("OAS", r.GetProperty("shared_memberships").EnumerateArray().Select(s => s.GetProperty("org").GetString()));
        var intention = r.GetProperty("intentions").EnumerateArray().First();
        Assert.Equal("036", intention.GetProperty("event").GetProperty("code").GetString());
        Assert.True(intention.GetProperty("open").GetBoolean());
        Assert.Equal("2025-05-09", r.GetProperty("timeline")[0].GetProperty("date").GetString());
    }

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task Dyad_text_is_plain_aligned_tables_off_a_terminal_and_dates_narrow_it(string kind)
    {
        var db = await KnowledgeBase(kind);

        var all = await StoreCli.Run("dyad", "CHL", "PER", "--db", db);
        var april = await StoreCli.Json("dyad", "CHL", "PER", "--from", "2025-04", "--to", "2025-04", "--db", db);

        Assert.Equal(0, all.Exit);
        Assert.DoesNotContain("\u001b[", all.Out);
        Assert.StartsWith("CHL (Chile) – PER (Peru), all dates: ", all.Out);
        foreach (var section in new[] { "By quad class", "By month", "Last meeting between leaders", "Shared memberships", "Invitations and announced visits", "Timeline (newest first)" })
            Assert.Contains(section, all.Out);
        Assert.Contains("  3 verbal conflict", all.Out);
        Assert.Equal(1, april.GetProperty("events").GetInt32());
        Assert.Equal("2025-04", april.GetProperty("from").GetString());
    }

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task Facts_list_offices_memberships_and_agreements_with_their_time_and_evidence(string kind)
    {
        var db = await KnowledgeBase(kind);

        var chile = await StoreCli.Json("facts", "--country", "CHL", "--db", db);
        var text = await StoreCli.Run("facts", "--kind", "membership", "--db", db);
        var bad = await StoreCli.Run("facts", "--kind", "treaty", "--db", db);

        Assert.Contains(chile.EnumerateArray(), f => f.GetProperty("kind").GetString() == "office" && f.GetProperty("person").GetString() == "Gabriel Boric");
        var agreement = chile.EnumerateArray().Single(f => f.GetProperty("kind").GetString() == "agreement");
        // Known from the article of 2025-03-12 on, and still holding.
        Assert.Equal(("2025-03-12", JsonValueKind.Null), (agreement.GetProperty("valid_from").GetString(), agreement.GetProperty("valid_to").ValueKind));
        Assert.StartsWith("2025-03", agreement.GetProperty("signed").GetString());
        Assert.Equal("q1", agreement.GetProperty("evidence").GetProperty("article").GetString());
        Assert.Equal(0, text.Exit);
        Assert.Contains("LAO partner of SCO", text.Out);
        Assert.Contains("holds", text.Out);
        Assert.Equal(2, bad.Exit);
        Assert.Contains("'treaty'", bad.Err);
    }

    [Fact]
    public async Task A_state_that_withdrew_shares_no_membership()
    {
        var db = await KnowledgeBase(StoreKinds.Sqlite);

        // The dictionary has Russia in the CIS and Ukraine withdrawn from it since 2018.
        var now = await StoreCli.Json("dyad", "RUS", "UKR", "--db", db);
        var before = await StoreCli.Json("dyad", "RUS", "UKR", "--to", "2017", "--db", db);

        Assert.DoesNotContain("CIS", now.GetProperty("shared_memberships").EnumerateArray().Select(s => s.GetProperty("org").GetString()));
        Assert.Contains("CIS", before.GetProperty("shared_memberships").EnumerateArray().Select(s => s.GetProperty("org").GetString()));
    }

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task Actor_reports_offices_memberships_and_partners(string kind)
    {
        var db = await KnowledgeBase(kind);

        var r = await StoreCli.Json("actor", "CHL", "--db", db);
        var text = await StoreCli.Run("actor", "CHL", "--db", db);

        var boric = r.GetProperty("offices").EnumerateArray().First(o => o.GetProperty("person").GetString() == "Gabriel Boric");
        Assert.Equal(("HOS", "2022-03-11"), (boric.GetProperty("office").GetString(), boric.GetProperty("from").GetString()));
        Assert.StartsWith("people.txt:", boric.GetProperty("entry").GetString());
        Assert.Equal("q1", boric.GetProperty("evidence").GetProperty("article").GetString());
        Assert.Contains(r.GetProperty("memberships").EnumerateArray(), m => m.GetProperty("org").GetString() == "OAS" && m.GetProperty("current").GetBoolean());
        var peru = r.GetProperty("partners")[0];
        Assert.Equal("PER", peru.GetProperty("key").GetString());
        Assert.Equal(peru.GetProperty("events").GetInt32(), peru.GetProperty("cooperation").GetInt32() + peru.GetProperty("conflict").GetInt32());
        Assert.Equal(1, peru.GetProperty("conflict").GetInt32());
        Assert.Equal(0, text.Exit);
        Assert.Contains("Offices and holders", text.Out);
        Assert.Contains("Most frequent partners", text.Out);
    }

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task Org_reports_statuses_with_dates_and_evidence(string kind)
    {
        var db = await KnowledgeBase(kind);

        var r = await StoreCli.Json("org", "sco", "--db", db);
        var text = await StoreCli.Run("org", "SCO", "--db", db);

        Assert.Equal("SCO", r.GetProperty("org").GetString());
        var current = r.GetProperty("current").EnumerateArray().ToList();
        Assert.Contains(current, m => m.GetProperty("country").GetString() == "CHN" && m.GetProperty("status").GetString() == "member"
            && m.GetProperty("entry").GetString()!.StartsWith("memberships.txt:", StringComparison.Ordinal));
        var laos = current.Single(m => m.GetProperty("country").GetString() == "LAO");
        Assert.Equal("partner", laos.GetProperty("status").GetString());
        Assert.Equal("q4", laos.GetProperty("evidence").GetProperty("article").GetString());
        Assert.Contains(r.GetProperty("former").EnumerateArray(), m => m.GetProperty("country").GetString() == "IND" && m.GetProperty("status").GetString() == "observer");
        Assert.Contains("Members (", text.Out);
        Assert.Contains("Former statuses", text.Out);
    }

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task Events_filter_by_side_code_prefix_date_and_text(string kind)
    {
        var db = await KnowledgeBase(kind);

        var condemn = await StoreCli.Json("events", "--source", "chl", "--code", "11*", "--db", db);
        var border = await StoreCli.Json("events", "--text", "BORDER trade", "--db", db);
        var may = await StoreCli.Json("events", "--from", "2025-05", "--to", "2025-05-31", "--db", db);
        var one = await StoreCli.Json("events", "--limit", "1", "--db", db);
        var text = await StoreCli.Run("events", "--target", "CHL", "--db", db);

        var e = Assert.Single(condemn.EnumerateArray());
        Assert.Equal(("111", "CHL", "PER", "2025-04-14"), (e.GetProperty("code").GetString(), e.GetProperty("source").GetString(), e.GetProperty("target").GetString(), e.GetProperty("date").GetString()));
        var mention = Assert.Single(e.GetProperty("mentions").EnumerateArray());
        Assert.Equal(("q2", 0, "condemn"), (mention.GetProperty("article").GetString(), mention.GetProperty("sentence").GetInt32(), mention.GetProperty("rule").GetString()));
        Assert.Equal([0, 20], mention.GetProperty("span").EnumerateArray().Select(x => x.GetInt32()));
        Assert.NotEmpty(border.EnumerateArray());
        Assert.All(border.EnumerateArray(), x => Assert.Contains("border trade", x.GetProperty("evidence").GetProperty("text").GetString()));
        Assert.All(may.EnumerateArray(), x => Assert.StartsWith("2025-05", x.GetProperty("date").GetString()));
        Assert.Single(one.EnumerateArray());
        Assert.Equal(0, text.Exit);
        Assert.Contains("events, newest first", text.Out);
    }

    [Fact]
    public async Task Bad_query_arguments_are_usage_errors()
    {
        var code = await StoreCli.Run("events", "--code", "0x5");
        var date = await StoreCli.Run("dyad", "CHL", "PER", "--from", "May");

        Assert.Equal(2, code.Exit);
        Assert.Contains("invalid --code '0x5'", code.Err);
        Assert.Equal(2, date.Exit);
        Assert.Contains("invalid --from 'May'", date.Err);
    }
}
