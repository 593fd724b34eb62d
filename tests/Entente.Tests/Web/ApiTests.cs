using System.Net.Http.Json;
using System.Text.Json;
using Entente.Tests.Sources;
using Entente.Tests.Store;

namespace Entente.Tests.Web;

/// <summary>The REST API of <c>entente serve</c> on a small knowledge base coded by the real engine, on SQLite and PostgreSQL.</summary>
public sealed class ApiTests(StoreDatabases databases) : IClassFixture<StoreDatabases>, IDisposable
{
    private readonly TempFolder _files = new();

    public void Dispose() => _files.Dispose();

    /// <summary>A Chile–Peru story and a Laos–SCO partnership, written for these tests, ingested by the command line.</summary>
    private async Task<ApiHost> Seeded(string kind)
    {
        var db = databases.New(kind);
        var corpus = _files.Write("story.jsonl",
            StoreCli.Line("w1", "President Gabriel Boric of Chile met Peruvian President Dina Boluarte in Lima on Tuesday. "
                + "The two presidents signed an agreement on border trade.", "2025-03-12", "Lima Post")
            + StoreCli.Line("w2", "Chile condemned Peru on Monday.", "2025-04-15", "Andes Daily")
            + StoreCli.Line("w3", "Laos became a partner of the Shanghai Cooperation Organisation.", "2025-09-05", "Mekong Times"));
        var ingest = await StoreCli.Run("ingest", corpus, "--db", db);
        Assert.True(ingest.Exit == 0, ingest.Err);
        return await ApiHost.Start(db);
    }

    private static void AssertProblem(int expectedStatus, (int Status, JsonElement Body, HttpResponseMessage Response) r, string detailPart)
    {
        Assert.Equal(expectedStatus, r.Status);
        Assert.Equal("application/problem+json", r.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(expectedStatus, r.Body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(r.Body.GetProperty("title").GetString()));
        Assert.Contains(detailPart, r.Body.GetProperty("detail").GetString());
    }

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task Events_filter_by_side_code_dates_text_and_limit(string kind)
    {
        await using var api = await Seeded(kind);

        var condemn = await api.Get("/api/events?source=chl&target=PER&code=11*");
        var border = await api.Get("/api/events?text=BORDER%20trade");
        var april = await api.Get("/api/events?from=2025-04&to=2025-04-30");
        var one = await api.Get("/api/events?limit=1");

        Assert.Equal(200, condemn.Status);
        var e = Assert.Single(condemn.Body.EnumerateArray());
        Assert.Equal(("111", "CHL", "PER", "2025-04-14"), (e.GetProperty("code").GetString(), e.GetProperty("source").GetString(), e.GetProperty("target").GetString(), e.GetProperty("date").GetString()));
        Assert.Equal(3, e.GetProperty("quad_class").GetInt32());
        var mention = Assert.Single(e.GetProperty("mentions").EnumerateArray());
        Assert.Equal(("w2", "Andes Daily", "condemn"), (mention.GetProperty("article").GetString(), mention.GetProperty("outlet").GetString(), mention.GetProperty("rule").GetString()));
        Assert.Equal("Chile condemned Peru on Monday.", e.GetProperty("evidence").GetProperty("text").GetString());
        Assert.NotEmpty(border.Body.EnumerateArray());
        Assert.All(border.Body.EnumerateArray(), x => Assert.Contains("border trade", x.GetProperty("evidence").GetProperty("text").GetString()));
        Assert.Equal(["2025-04-14"], april.Body.EnumerateArray().Select(x => x.GetProperty("date").GetString()));
        Assert.Single(one.Body.EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task Dyad_actor_and_org_reports(string kind)
    {
        await using var api = await Seeded(kind);

        var dyad = await api.Get("/api/dyads/chl/PER");
        var april = await api.Get("/api/dyads/CHL/PER?from=2025-04&to=2025-04");
        var actor = await api.Get("/api/actors/CHL");
        var org = await api.Get("/api/orgs/sco");

        Assert.Equal(200, dyad.Status);
        Assert.Equal(("CHL", "Peru"), (dyad.Body.GetProperty("a").GetString(), dyad.Body.GetProperty("b_name").GetString()));
        var events = dyad.Body.GetProperty("events").GetInt32();
        Assert.True(events >= 2);
        Assert.Equal(events, dyad.Body.GetProperty("quad_classes").EnumerateArray().Sum(q => q.GetProperty("total").GetInt32()));
        Assert.Equal("2025-03-11", dyad.Body.GetProperty("last_leader_meeting").GetProperty("date").GetString());
        Assert.Contains("OAS", dyad.Body.GetProperty("shared_memberships").EnumerateArray().Select(s => s.GetProperty("org").GetString()));
        Assert.Equal(1, april.Body.GetProperty("events").GetInt32());

        Assert.Equal(200, actor.Status);
        Assert.Equal("Chile", actor.Body.GetProperty("name").GetString());
        Assert.Contains(actor.Body.GetProperty("offices").EnumerateArray(), o => o.GetProperty("person").GetString() == "Gabriel Boric");
        Assert.Equal("PER", actor.Body.GetProperty("partners")[0].GetProperty("key").GetString());

        Assert.Equal(200, org.Status);
        Assert.Equal("SCO", org.Body.GetProperty("org").GetString());
        var laos = org.Body.GetProperty("current").EnumerateArray().Single(m => m.GetProperty("country").GetString() == "LAO");
        Assert.Equal(("partner", "w3"), (laos.GetProperty("status").GetString(), laos.GetProperty("evidence").GetProperty("article").GetString()));
    }

    [Fact]
    public async Task Unknown_codes_bad_dates_and_bad_filters_are_problem_details()
    {
        await using var api = await Seeded(StoreKinds.Sqlite);

        AssertProblem(400, await api.Get("/api/events?from=May"), "invalid from 'May'");
        AssertProblem(400, await api.Get("/api/events?to=2025-13-01"), "invalid to");
        AssertProblem(400, await api.Get("/api/dyads/CHL/PER?from=yesterday"), "invalid from");
        AssertProblem(400, await api.Get("/api/events?code=0x5"), "invalid code '0x5'");
        AssertProblem(400, await api.Get("/api/events?limit=0"), "invalid limit");
        AssertProblem(400, await api.Get("/api/search?q=a"), "at least 2 characters");
        AssertProblem(404, await api.Get("/api/actors/QQQ"), "no state 'QQQ'");
        AssertProblem(404, await api.Get("/api/orgs/NOSUCHORG"), "no organization 'NOSUCHORG'");
        var route = await api.Get("/api/nothing-here");
        Assert.Equal(404, route.Status);
        Assert.Equal("application/problem+json", route.Response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Search_finds_states_organizations_and_people_by_name()
    {
        await using var api = await Seeded(StoreKinds.Sqlite);

        var chile = await api.Get("/api/search?q=chile");
        var shanghai = await api.Get("/api/search?q=Shanghai%20Cooperation");
        var boric = await api.Get("/api/search?q=boric");
        var accent = await api.Get("/api/search?q=fernandez%20de%20kirchner");

        Assert.Equal(200, chile.Status);
        var first = chile.Body[0];
        Assert.Equal(("state", "CHL", "Chile"), (first.GetProperty("kind").GetString(), first.GetProperty("code").GetString(), first.GetProperty("name").GetString()));
        Assert.Contains(shanghai.Body.EnumerateArray(), h => h.GetProperty("kind").GetString() == "organization" && h.GetProperty("code").GetString() == "SCO");
        var person = boric.Body.EnumerateArray().First(h => h.GetProperty("kind").GetString() == "person");
        Assert.Equal(("Gabriel Boric", "CHL"), (person.GetProperty("name").GetString(), person.GetProperty("country").GetString()));
        Assert.Contains(accent.Body.EnumerateArray(), h => h.GetProperty("name").GetString() == "Cristina Fernández de Kirchner");
    }

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task Facts_filter_by_kind_state_person_and_period_with_their_evidence(string kind)
    {
        await using var api = await Seeded(kind);

        var memberships = await api.Get("/api/facts?kind=membership");
        var peru = await api.Get("/api/facts?country=per");
        var boric = await api.Get("/api/facts?person=BORIC");
        var before = await api.Get("/api/facts?to=2024");

        var laos = Assert.Single(memberships.Body.EnumerateArray());
        Assert.Equal(("LAO", "SCO", "partner"), (laos.GetProperty("country").GetString(), laos.GetProperty("org").GetString(), laos.GetProperty("status").GetString()));
        Assert.Equal("w3", laos.GetProperty("evidence").GetProperty("article").GetString());
        Assert.StartsWith("Laos became", laos.GetProperty("evidence").GetProperty("text").GetString());
        var kinds = peru.Body.EnumerateArray().Select(f => f.GetProperty("kind").GetString()).ToList();
        Assert.Contains("agreement", kinds);
        Assert.Contains("office", kinds);
        Assert.Contains(peru.Body.EnumerateArray(), f => f.GetProperty("kind").GetString() == "agreement"
            && f.GetProperty("parties").EnumerateArray().Select(p => p.GetString()).SequenceEqual(["CHL", "PER"]));
        var office = Assert.Single(boric.Body.EnumerateArray());
        Assert.Equal(("Gabriel Boric", "CHL"), (office.GetProperty("person").GetString(), office.GetProperty("country").GetString()));
        Assert.Empty(before.Body.EnumerateArray());
        AssertProblem(400, await api.Get("/api/facts?kind=treaty"), "invalid kind");
        AssertProblem(400, await api.Get("/api/facts?from=soon"), "invalid from");
    }

    [Fact]
    public async Task Search_keeps_matches_inside_words_for_when_nothing_starts_a_word()
    {
        await using var api = await Seeded(StoreKinds.Sqlite);

        var laos = await api.Get("/api/search?q=laos");
        var inside = await api.Get("/api/search?q=ikolaos");

        Assert.Equal(["LAO"], laos.Body.EnumerateArray().Select(h => h.GetProperty("code").GetString()));
        Assert.NotEmpty(inside.Body.EnumerateArray());
        Assert.All(inside.Body.EnumerateArray(), h => Assert.Contains("ikolaos", h.GetProperty("matched").GetString(), StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task Posting_needs_the_key_codes_stores_and_the_events_are_then_listed(string kind)
    {
        await using var api = await ApiHost.Start(databases.New(kind));
        var article = new { id = "p1", title = "Peru and Chile", text = "Peru praised Chile on Friday.", published = "2025-05-09", outlet = "Andes Daily" };

        var none = await api.PostJson(article, key: null);
        var wrong = await api.PostJson(article, key: "not-the-key");
        var before = await api.Get("/api/events?source=PER");
        var created = await api.PostJson(article);
        var again = await api.PostJson(article);
        var plain = await api.PostText("Chile condemned Peru on Monday.", "?date=2025-04-15&id=p2&outlet=Lima%20Post");
        var after = await api.Get("/api/events?source=PER&target=CHL");
        var condemn = await api.Get("/api/events?text=condemned");

        AssertProblem(401, none, "X-Api-Key");
        Assert.Contains("ApiKey", none.Response.Headers.WwwAuthenticate.ToString());
        AssertProblem(401, wrong, "X-Api-Key");
        Assert.Empty(before.Body.EnumerateArray());

        Assert.Equal(201, created.Status);
        Assert.Equal(("p1", true), (created.Body.GetProperty("article").GetString(), created.Body.GetProperty("stored").GetBoolean()));
        var e = Assert.Single(created.Body.GetProperty("events").EnumerateArray());
        Assert.Equal(("event", "PER", "CHL", "2025-05-09"), (e.GetProperty("kind").GetString(), e.GetProperty("source").GetString(), e.GetProperty("target").GetString(), e.GetProperty("date").GetString()));
        Assert.Equal("countries.txt", e.GetProperty("source_entry").GetString()!.Split(':')[0]);
        Assert.Equal(200, again.Status);
        Assert.False(again.Body.GetProperty("stored").GetBoolean());
        Assert.Equal(201, plain.Status);
        Assert.Equal("p2", plain.Body.GetProperty("article").GetString());

        var listed = Assert.Single(after.Body.EnumerateArray());
        Assert.Equal(e.GetProperty("code").GetString(), listed.GetProperty("code").GetString());
        Assert.Equal(("p1", "Andes Daily"), (listed.GetProperty("evidence").GetProperty("article").GetString(), listed.GetProperty("evidence").GetProperty("outlet").GetString()));
        Assert.Equal("p2", Assert.Single(condemn.Body.EnumerateArray()).GetProperty("evidence").GetProperty("article").GetString());
    }

    [Fact]
    public async Task Posted_facts_come_back_in_the_record_contract()
    {
        await using var api = await ApiHost.Start(databases.New(StoreKinds.Sqlite));

        var r = await api.PostJson(new { text = "Laos became a partner of the Shanghai Cooperation Organisation.", published = "2025-09-05" });

        Assert.Equal(201, r.Status);
        Assert.Equal(16, r.Body.GetProperty("article").GetString()!.Length);
        var fact = Assert.Single(r.Body.GetProperty("facts").EnumerateArray(), f => f.GetProperty("kind").GetString() == "membership");
        Assert.Equal("LAO", fact.GetProperty("country").GetString());
        var org = await api.Get("/api/orgs/SCO");
        Assert.Contains(org.Body.GetProperty("current").EnumerateArray(), m => m.GetProperty("country").GetString() == "LAO" && m.GetProperty("status").GetString() == "partner");
    }

    [Fact]
    public async Task Bad_articles_are_problem_details_and_nothing_is_stored()
    {
        await using var api = await ApiHost.Start(databases.New(StoreKinds.Sqlite));

        AssertProblem(400, await api.PostJson(new { text = "Chile condemned Peru.", published = "15/04/2025" }), "invalid published date '15/04/2025'");
        AssertProblem(400, await api.PostJson(new { text = "Chile condemned Peru." }), "needs 'published'");
        AssertProblem(400, await api.PostJson(new { text = " ", published = "2025-04-15" }), "no text");
        AssertProblem(400, await api.PostText("Chile condemned Peru.", ""), "?date=YYYY-MM-DD");
        AssertProblem(400, await api.PostText("Chile condemned Peru.", "?date=2025-04"), "invalid published date");
        using (var broken = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent("{\"text\": ", System.Text.Encoding.UTF8, "application/json") })
        {
            broken.Headers.Add("X-Api-Key", ApiHost.Key);
            var response = await api.Client.SendAsync(broken, TestContext.Current.CancellationToken);
            Assert.Equal(400, (int)response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        using (var xml = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent("<a/>", System.Text.Encoding.UTF8, "application/xml") })
        {
            xml.Headers.Add("X-Api-Key", ApiHost.Key);
            Assert.Equal(415, (int)(await api.Client.SendAsync(xml, TestContext.Current.CancellationToken)).StatusCode);
        }
        Assert.Empty((await api.Get("/api/events")).Body.EnumerateArray());
    }

    [Fact]
    public async Task Without_a_configured_key_writes_are_forbidden_and_reads_stay_open()
    {
        await using var api = await ApiHost.Start(databases.New(StoreKinds.Sqlite), apiKey: null);

        var post = await api.PostJson(new { text = "Chile condemned Peru on Monday.", published = "2025-04-15" });
        var read = await api.Get("/api/events");

        AssertProblem(403, post, "--api-key");
        Assert.Equal(200, read.Status);
        Assert.Empty(read.Body.EnumerateArray());
    }

    [Fact]
    public async Task OpenApi_document_lists_every_path()
    {
        await using var api = await ApiHost.Start(databases.New(StoreKinds.Sqlite));

        var r = await api.Get("/openapi/v1.json");

        Assert.Equal(200, r.Status);
        var paths = r.Body.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/events", "/api/dyads/{a}/{b}", "/api/network", "/api/facts", "/api/actors/{code}", "/api/orgs/{code}", "/api/search", "/api/articles" })
            Assert.Contains(path, paths);
        Assert.True(r.Body.GetProperty("paths").GetProperty("/api/articles").TryGetProperty("post", out _));
    }

    [Fact]
    public async Task On_kestrel_a_body_over_the_limit_is_refused_with_413()
    {
        await using var api = await ApiHost.Start(databases.New(StoreKinds.Sqlite), kestrel: true, maxBodyBytes: 4096);
        Assert.NotEqual(0, api.Client.BaseAddress!.Port);

        var big = await api.PostText(new string('x', 10_000), "?date=2025-04-15");
        var small = await api.PostText("Chile condemned Peru on Monday.", "?date=2025-04-15");
        var events = await api.Get("/api/events");

        AssertProblem(413, big, "larger than 4096 bytes");
        Assert.Equal(201, small.Status);
        Assert.Single(events.Body.EnumerateArray());
    }
}
