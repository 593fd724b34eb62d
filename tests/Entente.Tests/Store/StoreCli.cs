using System.Text.Json;
using Entente.Tests.Cli;
using Entente.Tests.Support;

namespace Entente.Tests.Store;

/// <summary>The entente command line in-process, coding with the real engine on the shipped dictionaries.</summary>
internal static class StoreCli
{
    public static Task<CliHarness.Result> Run(params string[] args) => CliHarness.Run(args, loader: _ => TestEngine.Instance.Code);

    public static async Task<JsonElement> Json(params string[] args)
    {
        var result = await Run([.. args, "--json"]);
        Assert.True(result.Exit == 0, $"exit {result.Exit}: {result.Err}");
        return JsonDocument.Parse(result.Out).RootElement;
    }

    /// <summary>One JSON Lines article.</summary>
    public static string Line(string id, string text, string published, string? outlet = null) =>
        JsonSerializer.Serialize(new { id, text, published, outlet }) + "\n";
}
