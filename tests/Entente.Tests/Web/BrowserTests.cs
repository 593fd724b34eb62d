using Entente.Tests.Sources;
using Entente.Tests.Store;
using Microsoft.Playwright;

namespace Entente.Tests.Web;

/// <summary>
/// The analyst pages in headless Chromium against a real Kestrel server on a loopback port, over a seeded SQLite
/// knowledge base: search and navigate, the dyad chart and its sentences, and coding an article in the ingest form.
/// </summary>
public sealed class BrowserTests(StoreDatabases databases, BrowserHost browser) : IClassFixture<StoreDatabases>, IClassFixture<BrowserHost>, IDisposable
{
    private readonly TempFolder _files = new();

    public void Dispose() => _files.Dispose();

    private async Task<(ApiHost Api, IPage Page)> Start()
    {
        BrowserHost.RequireChromium();
        var api = await ApiHost.Start(await PageTests.Seed(databases, _files), kestrel: true);
        try
        {
            return (api, await browser.NewPage());
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }
    }

    private static string Url(ApiHost api, string path) => new Uri(api.Client.BaseAddress!, path).ToString();

    [Fact]
    public async Task Search_leads_to_the_actor_organization_and_dyad_pages()
    {
        var (api, page) = await Start();
        await using var _ = api;
        await using var __ = page.Context;

        await page.GotoAsync(Url(api, "/"));
        await page.FillAsync("input[name=q]", "chile");
        await page.ClickAsync("form[action='/search'] button");
        await page.WaitForURLAsync("**/search?q=chile");
        await page.ClickAsync("table.hits a[href='/actor/CHL']");
        await page.WaitForURLAsync("**/actor/CHL");
        var title = await page.TextContentAsync("h1");
        await page.ClickAsync("a[href='/dyad/CHL/PER']");
        await page.WaitForURLAsync("**/dyad/CHL/PER");
        await page.GotoAsync(Url(api, "/org/SCO"));
        var members = await page.Locator("table.memberships tbody tr").CountAsync();

        Assert.Contains("Chile", title);
        Assert.True(members > 0);
        Assert.Equal("rgb(31, 58, 95)", await page.EvalOnSelectorAsync<string>("header", "e => getComputedStyle(e).backgroundColor"));
    }

    [Fact]
    public async Task Dyad_chart_has_a_bar_per_month_and_a_row_opens_to_its_marked_sentence()
    {
        var (api, page) = await Start();
        await using var _ = api;
        await using var __ = page.Context;

        await page.GotoAsync(Url(api, "/dyad/CHL/PER"));
        var bars = page.Locator("svg.chart g.bar");
        var row = page.Locator("table.events tbody tr", new() { HasText = "condemned" }).First;
        var mark = row.Locator("details mark.src");
        var hiddenBefore = await mark.IsHiddenAsync();
        await row.Locator("details summary").ClickAsync();
        await mark.WaitForAsync(new() { State = WaitForSelectorState.Visible });

        Assert.Equal(2, await bars.CountAsync());
        Assert.Equal(["2025-03", "2025-04"], await bars.EvaluateAllAsync<string[]>("bs => bs.map(b => b.dataset.month)"));
        // Drawn heights: every month's bar is visible, and March (a meeting and a signing) is all cooperation.
        var drawn = await bars.EvaluateAllAsync<double[]>("bs => bs.map(b => [...b.querySelectorAll('rect')].reduce((h, r) => h + r.getBBox().height, 0))");
        Assert.All(drawn, h => Assert.True(h > 0));
        var march = await bars.First.EvaluateAsync<double[]>("b => ['coop', 'conflict'].map(c => [...b.querySelectorAll('rect.' + c)].reduce((h, r) => h + r.getBBox().height, 0))");
        Assert.True(march[0] > 0);
        Assert.Equal(0, march[1]);
        Assert.Equal("0 0 1 0", await bars.Nth(1).GetAttributeAsync("data-quads"));
        Assert.True(hiddenBefore);
        Assert.Equal("Chile", await mark.TextContentAsync());
        Assert.Equal("Peru", await row.Locator("details mark.tgt").TextContentAsync());
    }

    [Fact]
    public async Task Ingest_form_codes_an_article_and_shows_its_events()
    {
        var (api, page) = await Start();
        await using var _ = api;
        await using var __ = page.Context;

        await page.GotoAsync(Url(api, "/ingest"));
        await page.FillAsync("textarea[name=text]", "Chile condemned Bolivia on Monday. Laos became a partner of the Shanghai Cooperation Organisation.");
        await page.FillAsync("input[name=date]", "2025-05-20");
        await page.ClickAsync("button[value=code]");
        await page.WaitForSelectorAsync("table.events");
        var row = page.Locator("table.events tbody tr").First;

        Assert.Contains("Bolivia", await row.TextContentAsync());
        Assert.Equal("Chile", await row.Locator("mark.src").TextContentAsync());
        Assert.True(await page.Locator("table.facts tbody tr").CountAsync() > 0);
        Assert.Contains("Coded article", await page.TextContentAsync("h1"));
    }
}
