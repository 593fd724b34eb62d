using System.Net.Http.Json;
using System.Text.Json;
using Entente.Knowledge;
using Entente.Store;
using Entente.Tests.Support;
using Entente.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace Entente.Tests.Web;

/// <summary>
/// The API of <c>entente serve</c> in-process on a test server (or, with <paramref name="kestrel"/>, on a real
/// loopback port), over a knowledge base of the tests, coding with the real engine on the shipped dictionaries.
/// </summary>
internal sealed class ApiHost : IAsyncDisposable
{
    public const string Key = "test-key-7f3a";

    private static readonly Lazy<ReferenceData> Reference = new(() => ReferenceData.Load(TestEngine.DataDirectory));

    private ApiHost(WebApplication app, HttpClient client) => (App, Client) = (app, client);

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public static async Task<ApiHost> Start(string db, string? apiKey = Key, bool kestrel = false, long maxBodyBytes = WebOptions.DefaultMaxBodyBytes)
    {
        var target = StoreTarget.Parse(db);
        using (KnowledgeStore.Open(target, create: true)) { }
        var options = new WebOptions
        {
            Store = target,
            Code = TestEngine.Instance.Code,
            Reference = Reference.Value,
            ApiKey = apiKey,
            Urls = kestrel ? "http://127.0.0.1:0" : null,
            MaxBodyBytes = maxBodyBytes,
        };
        var app = EntenteWebHost.Build(options, builder =>
        {
            builder.Logging.ClearProviders();
            if (!kestrel) builder.WebHost.UseTestServer();
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        var client = kestrel ? new HttpClient { BaseAddress = new Uri(app.Urls.First()) } : app.GetTestClient();
        return new ApiHost(app, client);
    }

    public async Task<(int Status, JsonElement Body, HttpResponseMessage Response)> Get(string path)
    {
        var response = await Client.GetAsync(path, TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, await Json(response), response);
    }

    public async Task<(int Status, JsonElement Body, HttpResponseMessage Response)> PostJson(object article, string? key = Key, string query = "")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles" + query) { Content = JsonContent.Create(article) };
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        var response = await Client.SendAsync(request, TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, await Json(response), response);
    }

    public async Task<(int Status, JsonElement Body, HttpResponseMessage Response)> PostText(string text, string query, string? key = Key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles" + query) { Content = new StringContent(text, System.Text.Encoding.UTF8, "text/plain") };
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        // As careful clients do: wait for the server's go-ahead, so a refusal (413) arrives before the body is sent
        // rather than racing a connection the server closes on an oversized body.
        request.Headers.ExpectContinue = true;
        var response = await Client.SendAsync(request, TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, await Json(response), response);
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync(TestContext.Current.CancellationToken);
        await App.DisposeAsync();
    }
}
