using System.CommandLine;
using Entente.Store;
using Entente.Web;
using Microsoft.Extensions.Hosting;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente serve</c>: the REST API over the knowledge base (src/Entente.Web), in this same executable. Reads are
/// open; <c>POST /api/articles</c> needs the API key given by <c>--api-key</c> or <c>ENTENTE_API_KEY</c>.
/// </summary>
internal static class ServeCommand
{
    public const string ApiKeyVariable = "ENTENTE_API_KEY";
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create(CliContext context)
    {
        var db = StoreSetup.DbOption();
        var urls = new Option<string>("--urls")
        {
            Description = $"Addresses to listen on, separated by ';' (default {DefaultUrls}; http://0.0.0.0:PORT listens on every interface).",
            HelpName = "URLS",
            DefaultValueFactory = _ => DefaultUrls,
        };
        var apiKey = new Option<string?>("--api-key")
        {
            Description = $"The key POST /api/articles must carry in the X-Api-Key header (default: ${ApiKeyVariable}). Without one, writing is disabled (403).",
            HelpName = "KEY",
        };
        var data = CommonOptions.Data();
        var command = new Command("serve", "Serve the knowledge base: analyst pages (/ search, /dyad/A/B, /network, /actor/C, /org/O, /ingest) and a REST API "
            + "(/api/events, /api/dyads/A/B, /api/network, /api/actors/C, /api/orgs/O, /api/search, POST /api/articles) with its OpenAPI document at "
            + "/openapi/v1.json. Stops on Ctrl+C.")
        {
            db, urls, apiKey, data,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var code = CoderSetup.Load(context, parse.GetValue(data));
            var reference = StoreSetup.LoadReference(parse.GetValue(data));
            StoreTarget target;
            long articles;
            // Create and migrate the store once, so each request opens it as it is.
            using (var store = StoreSetup.Open(parse.GetValue(db), create: true)) (target, articles) = (store.Target, store.Counts().Articles);
            var key = parse.GetValue(apiKey) ?? Environment.GetEnvironmentVariable(ApiKeyVariable);
            var options = new WebOptions
            {
                Store = target,
                Code = code,
                Reference = reference,
                ApiKey = string.IsNullOrWhiteSpace(key) ? null : key,
                Urls = parse.GetValue(urls) ?? DefaultUrls,
            };
            await using var app = EntenteWebHost.Build(options);
            await app.StartAsync(cancellation);
            // An empty knowledge base is worth saying: a mistyped --db path creates one.
            context.Error.WriteLine($"entente: serving {target.Display} ({(articles == 0 ? "empty: ingest articles or POST /api/articles" : $"{articles:N0} articles")}) on {string.Join(", ", app.Urls)}; "
                + (options.ApiKey is null ? $"writes disabled (no --api-key or ${ApiKeyVariable})" : "writes need the X-Api-Key header")
                + "; Ctrl+C stops");
            await app.WaitForShutdownAsync(cancellation);
            return ExitCodes.Ok;
        });
        return command;
    }
}
