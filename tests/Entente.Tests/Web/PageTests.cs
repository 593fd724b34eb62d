using System.Net;
using Entente.Tests.Sources;
using Entente.Tests.Store;

namespace Entente.Tests.Web;

/// <summary>The server-rendered analyst pages over a small SQLite knowledge base coded by the real engine.</summary>
public sealed class PageTests(StoreDatabases databases) : IClassFixture<StoreDatabases>, IDisposable
{
    private readonly TempFolder _files = new();

    public void Dispose() => _files.Dispose();

    internal static async Task<string> Seed(StoreDatabases databases, TempFolder files)
    {
        var db = databases.New(StoreKinds.Sqlite);
        var corpus = files.Write("story.jsonl",
            StoreCli.Line("w1", "President Gabriel Boric of Chile met Peruvian President Dina Boluarte in Lima on Tuesday. "
                + "The two presidents signed an agreement on border trade.", "2025-03-12", "Lima Post")
            + StoreCli.Line("w2", "Chile condemned Peru on Monday.", "2025-04-15", "Andes Daily")
            + StoreCli.Line("w3", "Laos became a partner of the Shanghai Cooperation Organisation.", "2025-09-05", "Mekong Times"));
        var ingest = await StoreCli.Run("ingest", corpus, "--db", db);
        Assert.True(ingest.Exit == 0, ingest.Err);
        return db;
    }

    private async Task<ApiHost> Seeded() => await ApiHost.Start(await Seed(databases, _files));

    private static async Task<(HttpStatusCode Status, string Html)> Get(ApiHost api, string path)
    {
        var response = await api.Client.GetAsync(path, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static async Task<(HttpStatusCode Status, string Html)> PostForm(ApiHost api, params (string, string)[] fields)
    {
        using var content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));
        var response = await api.Client.PostAsync("/ingest", content, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Start_page_searches_and_links_to_pages_and_the_stylesheet_is_local()
    {
        await using var api = await Seeded();

        var start = await Get(api, "/");
        var search = await Get(api, "/search?q=chile");
        var css = await api.Client.GetAsync("/assets/entente.css", TestContext.Current.CancellationToken);
        var hostile = await Get(api, "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");

        Assert.Equal(HttpStatusCode.OK, start.Status);
        Assert.Contains("action=\"/search\"", start.Html);
        Assert.Contains("href=\"/assets/entente.css\"", start.Html);
        Assert.DoesNotContain("http://", start.Html.Replace("http://www.w3.org/2000/svg", ""));
        Assert.Contains("href=\"/actor/CHL\"", search.Html);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<script>", hostile.Html);
        Assert.Contains("&lt;script&gt;", hostile.Html);
    }

    [Fact]
    public async Task Dyad_page_has_a_bar_per_month_tables_and_marked_sentences()
    {
        await using var api = await Seeded();

        var dyad = await Get(api, "/dyad/CHL/PER");
        var form = await api.Client.GetAsync("/dyad?a=chl&b=per", TestContext.Current.CancellationToken);
        var bad = await Get(api, "/dyad/C%3Cx/PER");

        Assert.Equal(HttpStatusCode.OK, dyad.Status);
        Assert.Equal(2, CountOf(dyad.Html, "<g class=\"bar\""));
        Assert.Contains("data-month=\"2025-03\"", dyad.Html);
        Assert.Contains("data-month=\"2025-04\"", dyad.Html);
        Assert.Contains("Material conflict", dyad.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("href=\"/org/OAS\"", dyad.Html);
        Assert.Contains("<details class=\"evidence\">", dyad.Html);
        Assert.Contains("<mark class=\"src\">Chile</mark>", dyad.Html);
        Assert.Contains("<mark class=\"tgt\">Peru</mark>", dyad.Html);
        Assert.Equal(HttpStatusCode.Redirect, form.StatusCode);
        Assert.Equal("/dyad/CHL/PER", form.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.DoesNotContain("C<x", bad.Html);
    }

    [Fact]
    public async Task Actor_and_org_pages_render_their_reports()
    {
        await using var api = await Seeded();

        var actor = await Get(api, "/actor/CHL");
        var org = await Get(api, "/org/sco");
        var missing = await Get(api, "/org/ZZZQQ");

        Assert.Equal(HttpStatusCode.OK, actor.Status);
        Assert.Contains("Chile", actor.Html);
        Assert.Contains("href=\"/dyad/CHL/PER\"", actor.Html);
        Assert.Contains("<table class=\"memberships\">", actor.Html);
        Assert.Equal(HttpStatusCode.OK, org.Status);
        Assert.Contains("href=\"/actor/LAO\"", org.Html);
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
    }

    [Fact]
    public async Task Ingest_codes_without_storing_and_saves_only_with_the_key()
    {
        await using var api = await Seeded();
        const string text = "Chile condemned Bolivia on Monday. <script>x</script>";

        var coded = await PostForm(api, ("text", text), ("date", "2025-05-20"), ("action", "code"));
        var afterCode = await Get(api, "/dyad/CHL/BOL");
        var noKey = await PostForm(api, ("text", text), ("date", "2025-05-20"), ("action", "save"), ("key", ""));
        var wrongKey = await PostForm(api, ("text", text), ("date", "2025-05-20"), ("action", "save"), ("key", "nope"));
        var afterRefusals = await Get(api, "/dyad/CHL/BOL");
        var saved = await PostForm(api, ("text", text), ("date", "2025-05-20"), ("action", "save"), ("key", ApiHost.Key));
        var afterSave = await Get(api, "/dyad/CHL/BOL");
        var badDate = await PostForm(api, ("text", text), ("date", "May 20"), ("action", "code"));

        Assert.Equal(HttpStatusCode.OK, coded.Status);
        Assert.Contains("<mark class=\"src\">Chile</mark>", coded.Html);
        Assert.Contains("<mark class=\"tgt\">Bolivia</mark>", coded.Html);
        Assert.DoesNotContain("<script>", coded.Html);
        Assert.Equal(0, CountOf(afterCode.Html, "<g class=\"bar\""));
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.Status);
        Assert.Equal(0, CountOf(afterRefusals.Html, "<g class=\"bar\""));
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.Contains("Stored as article", saved.Html);
        Assert.Equal(1, CountOf(afterSave.Html, "<g class=\"bar\""));
        Assert.Equal(HttpStatusCode.BadRequest, badDate.Status);
    }

    [Fact]
    public async Task Ingest_refuses_to_save_when_the_server_has_no_key()
    {
        await using var api = await ApiHost.Start(databases.New(StoreKinds.Sqlite), apiKey: null);

        var save = await PostForm(api, ("text", "Chile condemned Peru."), ("date", "2025-05-20"), ("action", "save"), ("key", "anything"));

        Assert.Equal(HttpStatusCode.Forbidden, save.Status);
        Assert.Contains("without an API key", save.Html);
    }

    private static int CountOf(string text, string part)
    {
        var n = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}
