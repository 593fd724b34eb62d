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

    /// <summary>
    /// System.CommandLine passes an unknown <c>--option</c> on as a file name; catch it here so it is a usage error
    /// (a file whose name starts with a dash can still be given as <c>./-name</c>).
    /// </summary>
    public static void RejectUnknownOptions(System.CommandLine.Parsing.ArgumentResult result)
    {
        foreach (var token in result.Tokens)
        {
            if (token.Value.Length > 1 && token.Value[0] == '-') result.AddError($"unknown option '{token.Value}'");
        }
    }
}
