using System.Text.Json;
using Entente.Tests.Sources;
using Entente.Tests.Store;
using Microsoft.Playwright;

namespace Entente.Tests.Web;

/// <summary>
/// The network view in headless Chromium: the graph the browser lays out holds the nodes and edges the API reports,
/// with visible geometry (wider lines for busier pairs), and an edge leads to the dyad page for the same period.
/// </summary>
public sealed class NetworkBrowserTests(StoreDatabases databases, BrowserHost browser) : IClassFixture<StoreDatabases>, IClassFixture<BrowserHost>, IDisposable
{
    private readonly TempFolder _files = new();

    public void Dispose() => _files.Dispose();

    /// <summary>An edge as the browser drew it (Playwright fills it by property name).</summary>
    private sealed class DrawnEdge
    {
        public string A { get; set; } = "";
        public string B { get; set; } = "";
        public int Events { get; set; }
        public double Goldstein { get; set; }
        public double Width { get; set; }
        public double Length { get; set; }
    }

    [Fact]
    public async Task Graph_renders_the_api_network_and_an_edge_opens_its_dyad()
    {
        BrowserHost.RequireChromium();
        await using var api = await ApiHost.Start(await NetworkStories.Seed(databases, _files, StoreKinds.Sqlite), kestrel: true);
        var page = await browser.NewPage();
        await using var _ = page.Context;
        var expected = (await api.Get("/api/network")).Body;

        await page.GotoAsync(new Uri(api.Client.BaseAddress!, "/network").ToString());
        var nodes = await page.Locator("svg.network g.node").EvaluateAllAsync<string[]>("ns => ns.map(n => n.dataset.code)");
        var radii = await page.Locator("svg.network g.node circle").EvaluateAllAsync<double[]>("cs => cs.map(c => c.getBBox().width)");
        var edges = await page.Locator("svg.network g.edge").EvaluateAllAsync<DrawnEdge[]>("""
            gs => gs.map(g => {
                const line = g.querySelector('line');
                return { a: g.dataset.a, b: g.dataset.b, events: +g.dataset.events, goldstein: +g.dataset.goldstein,
                         width: +getComputedStyle(line).strokeWidth.replace('px', ''), length: line.getTotalLength() };
            })
            """);
        await page.Locator("svg.network g.edge[data-a=CHL][data-b=PER]").ClickAsync();
        await page.WaitForURLAsync("**/dyad/CHL/PER?from=2024-07-01&to=2025-06-30");
        var bars = await page.Locator("svg.chart g.bar").CountAsync();

        Assert.Equal(expected.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()!).Order(), nodes.Order());
        Assert.All(radii, r => Assert.True(r > 0));
        Assert.Equal(
            expected.GetProperty("edges").EnumerateArray().Select(e => (e.GetProperty("a").GetString()!, e.GetProperty("b").GetString()!, e.GetProperty("events").GetInt32(), e.GetProperty("goldstein_mean").GetDouble())).Order(),
            edges.Select(e => (e.A, e.B, e.Events, e.Goldstein)).Order());
        Assert.All(edges, e => Assert.True(e.Length > 10, $"{e.A}-{e.B} is drawn {e.Length} long"));
        var busiest = edges.MaxBy(e => e.Events)!;
        Assert.True(busiest.Width > edges.MinBy(e => e.Events)!.Width);
        Assert.Equal(1, bars);
    }
}
