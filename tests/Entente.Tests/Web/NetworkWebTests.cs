using System.Net;
using Entente.Tests.Sources;
using Entente.Tests.Store;

namespace Entente.Tests.Web;

/// <summary><c>GET /api/network</c> and the <c>/network</c> page over a seeded knowledge base.</summary>
public sealed class NetworkWebTests(StoreDatabases databases) : IClassFixture<StoreDatabases>, IDisposable
{
    private readonly TempFolder _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task Api_returns_nodes_and_weighted_edges_and_rejects_bad_parameters(string kind)
    {
        await using var api = await ApiHost.Start(await NetworkStories.Seed(databases, _files, kind));

        var year = await api.Get("/api/network");
        var since = await api.Get("/api/network?from=2024&limit=2");
        var badDate = await api.Get("/api/network?from=last-year");
        var badMin = await api.Get("/api/network?min=0");
        var badLimit = await api.Get("/api/network?limit=100000");

        Assert.Equal(200, year.Status);
        Assert.Equal(3, year.Body.GetProperty("edges").GetArrayLength());
        Assert.Equal(5, year.Body.GetProperty("nodes").GetArrayLength());
        Assert.Equal(3, year.Body.GetProperty("edges")[0].GetProperty("events").GetInt32());
        Assert.Equal((2, 4), (since.Body.GetProperty("edges").GetArrayLength(), since.Body.GetProperty("pairs_in_period").GetInt32()));
        Assert.Equal([400, 400, 400], new[] { badDate.Status, badMin.Status, badLimit.Status });
        Assert.Equal("application/problem+json", badDate.Response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Page_draws_the_graph_and_the_table_and_keeps_the_period_in_dyad_links()
    {
        await using var api = await ApiHost.Start(await NetworkStories.Seed(databases, _files, StoreKinds.Sqlite));

        var response = await api.Client.GetAsync("/network?from=2025-05&to=2025-06", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var bad = await api.Client.GetAsync("/network?to=soon", TestContext.Current.CancellationToken);
        var around = await api.Client.GetStringAsync("/network?focus=jpn", TestContext.Current.CancellationToken);
        var badFocus = await api.Client.GetAsync("/network?focus=%3Cb%3E", TestContext.Current.CancellationToken);
        var actor = await api.Client.GetStringAsync("/actor/JPN", TestContext.Current.CancellationToken);
        var openapi = await api.Get("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<svg class=\"network\"", html);
        Assert.Contains("data-a=\"CHL\" data-b=\"PER\" data-events=\"3\"", html);
        Assert.Contains("href=\"/dyad/CHL/PER?from=2025-05-01&amp;to=2025-06-30\"", html);
        Assert.Contains("<table class=\"pairs\">", html);
        Assert.Contains("value=\"2025-05\"", html);
        Assert.Contains("href=\"/network\"", html);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("<h1>Network around Japan</h1>", around);
        Assert.Contains("<g class=\"node focus\" data-code=\"JPN\"", around);
        Assert.DoesNotContain("data-a=\"CHL\"", around);
        Assert.Equal(HttpStatusCode.BadRequest, badFocus.StatusCode);
        Assert.Contains("href=\"/network?focus=JPN\"", actor);
        Assert.True(openapi.Body.GetProperty("paths").TryGetProperty("/api/network", out _));
    }

    [Fact]
    public async Task Start_page_shows_what_the_knowledge_base_holds_and_its_busiest_pairs()
    {
        await using var api = await ApiHost.Start(await NetworkStories.Seed(databases, _files, StoreKinds.Sqlite));

        var html = await api.Client.GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.Contains("holds 5 articles, 7 events (7 mentions) and", html);
        Assert.Contains("Busiest pairs, 2024-07-01 to 2025-06-30", html);
        Assert.Contains("<a href=\"/dyad/CHL/PER?from=2024-07-01&amp;to=2025-06-30\">CHL – PER</a>", html);
        Assert.DoesNotContain("BRA", html);
    }
}
