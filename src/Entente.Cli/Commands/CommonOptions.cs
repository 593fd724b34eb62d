using System.CommandLine;

namespace Entente.Cli.Commands;

/// <summary>Options more than one command takes.</summary>
internal static class CommonOptions
{
    public static Option<string?> Data() => new("--data")
    {
        Description = "Dictionary folder. Default: the 'data' folder next to the entente executable, else ./data.",
        HelpName = "DIR",
    };

    public static Option<int> Jobs() => new("--jobs", "-j")
    {
        Description = "Articles coded at once, one per processor core by default. Output order never depends on it.",
        HelpName = "N",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        Validators = { result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError("--jobs must be at least 1");
        } },
    };
}
