using System.Text.Encodings.Web;
using System.Text.Json;
using Entente.Store;
using Entente.Web.Endpoints;
using Entente.Web.Pages;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Json;

namespace Entente.Web;

/// <summary>
/// The REST API of <c>entente serve</c>: minimal APIs under <c>/api</c>, the OpenAPI document at
/// <c>/openapi/v1.json</c>, every error as RFC 7807 problem details. Reads are open; writes need the API key.
/// </summary>
public static class EntenteWebHost
{
    /// <summary>
    /// Builds the application. <paramref name="configure"/> runs last on the builder (tests put a test server in,
    /// or Kestrel on port 0).
    /// </summary>
    public static WebApplication Build(WebOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        if (options.Urls is { } urls) builder.WebHost.UseUrls(urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes;
        });

        // Lifetime lines (listening on, shutting down) stay; per-request lines do not.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<StoreAccess>();
        builder.Services.AddSingleton<ApiKeyFilter>();
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
        {
            // A database failure says which, in one line without secrets; other exceptions stay opaque.
            if (context.HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is StoreException store)
            {
                context.ProblemDetails.Title = "Knowledge base unavailable";
                context.ProblemDetails.Detail = store.Message;
            }
        });
        builder.Services.Configure<JsonOptions>(json => Configure(json.SerializerOptions));
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Entente knowledge base API";
            document.Info.Description = "Events coded in CAMEO and relation facts from news text: query the knowledge base, post articles to code and store.";
            return Task.CompletedTask;
        }));
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = ex => ex switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                StoreException => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status500InternalServerError,
            },
        });
        app.UseStatusCodePages();

        app.MapOpenApi();
        var api = app.MapGroup("/api");
        api.MapEventEndpoints()
            .MapDyadEndpoints()
            .MapActorEndpoints()
            .MapOrgEndpoints()
            .MapSearchEndpoints()
            .MapNetworkEndpoints()
            .MapFactEndpoints()
            .MapArticleEndpoints();
        app.MapPages();
        return app;
    }

    /// <summary>The JSON of the API: the snake_case names of <c>--json</c> output, without escaping non-ASCII text.</summary>
    internal static void Configure(JsonSerializerOptions json)
    {
        json.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    }
}
