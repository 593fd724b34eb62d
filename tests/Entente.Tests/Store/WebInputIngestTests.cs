using Entente.Tests.Sources;

namespace Entente.Tests.Store;

/// <summary><c>entente ingest</c> of web pages and feed files: their articles and events reach the knowledge base.</summary>
public sealed class WebInputIngestTests(StoreDatabases databases) : IClassFixture<StoreDatabases>, IDisposable
{
    private readonly TempFolder _files = new();

    public void Dispose() => _files.Dispose();

    private const string Page = """
        <html><head><title>Andes Daily</title>
        <meta property="article:published_time" content="2025-03-12T08:00:00Z"></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Chile and Peru</h1>
        <p>Chile condemned Peru on Monday after a border incident.</p>
        <p>The foreign ministry gave no further details.</p></article>
        <footer>Copyright Andes Daily</footer></body></html>
        """;

    private const string Feed = """
        <?xml version="1.0"?>
        <rss version="2.0"><channel><title>Lima Post</title>
        <item><guid>lp-1</guid><title>Peru and Bolivia</title><pubDate>Thu, 13 Mar 2025 09:00:00 +0000</pubDate>
        <description>Peru praised Bolivia on Tuesday for its help after the floods.</description></item>
        <item><guid>lp-2</guid><title>Quiet day</title><pubDate>Fri, 14 Mar 2025 09:00:00 +0000</pubDate>
        <description>Nothing of note happened in the capital.</description></item>
        </channel></rss>
        """;

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task Html_pages_and_feed_items_are_ingested_as_articles(string kind)
    {
        var db = databases.New(kind);

        var result = await StoreCli.Run("ingest", _files.Write("page.html", Page), _files.Write("news.rss", Feed), "--db", db);

        Assert.Equal(0, result.Exit);
        var counts = StoreProbe.Counts(db);
        Assert.Equal(3, counts.Articles);
        Assert.Equal(2, counts.Events);
        Assert.Equal(["BOL", "CHL", "PER"], StoreProbe.Rows(db, "SELECT code FROM actors ORDER BY code").Select(r => r[0]));
        Assert.Equal(["Lima Post"], StoreProbe.Rows(db, "SELECT DISTINCT outlet FROM articles WHERE article_key = 'lp-1'").Select(r => r[0]));
    }
}
