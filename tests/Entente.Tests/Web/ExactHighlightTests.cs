using Entente.Tests.Sources;
using Entente.Tests.Store;
using Entente.Web.Pages;

namespace Entente.Tests.Web;

/// <summary>
/// The dyad page marks a stored mention where the coder found it, by the sentence offset the store keeps, even
/// where the actors' names recur elsewhere in the sentence; sentences stored without an offset are still marked.
/// </summary>
public sealed class ExactHighlightTests(StoreDatabases databases) : IClassFixture<StoreDatabases>, IDisposable
{
    private readonly TempFolder _files = new();

    public void Dispose() => _files.Dispose();

    private static async Task<string> Page(ApiHost api, string path)
    {
        var response = await api.Client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {response.StatusCode}");
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task The_dyad_page_marks_the_occurrence_the_stored_span_covers(string kind)
    {
        var db = databases.New(kind);
        var ingest = await StoreCli.Run("ingest", _files.Write("repeat.jsonl", StoreCli.Line("r1",
            "Officials met in Lima. Chile's foreign minister said Chile condemned Peru on Monday, and Peru answered.", "2025-03-12")), "--db", db);
        Assert.True(ingest.Exit == 0, ingest.Err);
        await using var api = await ApiHost.Start(db);

        var html = await Page(api, "/dyad/CHL/PER");
        var json = await api.Get("/api/dyads/CHL/PER");

        Assert.Contains(Html.E("Chile's foreign minister said ")
            + "<mark class=\"src\">Chile</mark> <mark class=\"verb\">condemned</mark> <mark class=\"tgt\">Peru</mark> on Monday, and Peru answered.", html);
        Assert.DoesNotContain("<mark class=\"src\">Chile</mark>" + Html.E("'s"), html);
        Assert.Contains(json.Body.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("evidence").GetProperty("sentence_start").GetInt32() == 23);
    }

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task The_dyad_page_still_marks_a_sentence_stored_without_an_offset(string kind)
    {
        var db = databases.New(kind);
        OlderSchemas.Create(db, 1, OlderSchemas.Version1Article);
        await using var api = await ApiHost.Start(db);

        var html = await Page(api, "/dyad/CHL/PER");

        Assert.Contains("<mark class=\"src\">Chile</mark> <mark class=\"verb\">praised</mark> <mark class=\"tgt\">Peru</mark> on Saturday.", html);
    }
}
