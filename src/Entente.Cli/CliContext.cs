using Entente.Sources;

namespace Entente.Cli;

/// <summary>
/// What a command talks to: its streams, whether they are terminals, and how the coder is loaded. Tests build one
/// over memory streams and, where the real dictionaries don't matter, a stub coder.
/// </summary>
public sealed class CliContext
{
    public required Stream Out { get; init; }
    public required TextWriter Error { get; init; }
    public required Func<Stream> OpenInput { get; init; }

    /// <summary>Standard output is a terminal: the table format may draw with colour and box characters.</summary>
    public bool OutIsTerminal { get; init; }

    /// <summary>Standard error is a terminal: a closing summary line is worth printing.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Loads the dictionaries of a data folder into a thread-safe coding function.</summary>
    public Func<string, Func<Article, CodedArticle>> LoadCoder { get; init; } = dataDirectory => Engine.Load(dataDirectory).Code;

    /// <summary>Loads PETRARCH/TABARI dictionaries (grammar files from the data folder) into a coder with PETRARCH conventions.</summary>
    public Func<Compatibility.Readers.PetrarchDictionaryFiles, string, LoadedCoder> LoadPetrarchCoder { get; init; } = LoadedCoder.Petrarch;

    public static CliContext FromConsole() => new()
    {
        Out = Console.OpenStandardOutput(),
        Error = Console.Error,
        OpenInput = Console.OpenStandardInput,
        OutIsTerminal = !Console.IsOutputRedirected,
        ErrorIsTerminal = !Console.IsErrorRedirected,
    };
}
