using System.Diagnostics;
using Entente.Compatibility.Readers;
using Entente.Dictionaries;
using Entente.Sources;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>--dictionaries petrarch:PATH[,PATH...]</c>: codes with PETRARCH/TABARI dictionaries (files, or folders giving
/// their production set) under PETRARCH conventions; Entente's grammar files still come from the data folder.
/// </summary>
internal static class PetrarchSetup
{
    public const string Prefix = "petrarch:";

    public static Func<Article, CodedArticle> Load(CliContext context, string spec, string? explicitDataDirectory)
    {
        if (!spec.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || spec.Length == Prefix.Length)
            throw new UsageException($"--dictionaries expects {Prefix}PATH[,PATH...], not '{spec}'");
        var data = CoderSetup.ResolveDataDirectory(explicitDataDirectory);
        var paths = spec[Prefix.Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        try
        {
            var clock = Stopwatch.StartNew();
            var loaded = context.LoadPetrarchCoder(PetrarchDictionaryFiles.FromPaths(paths), data);
            if (context.ErrorIsTerminal)
                context.Error.WriteLine(FormattableString.Invariant($"entente: loaded PETRARCH dictionaries ({loaded.Summary}) in {clock.Elapsed.TotalSeconds:0.00} s"));
            return loaded.Code;
        }
        catch (DictionaryLoadException ex)
        {
            throw new UsageException($"cannot load PETRARCH dictionaries {string.Join(", ", paths)}: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read PETRARCH dictionaries: {ex.Message}");
        }
    }
}
