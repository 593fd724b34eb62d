using Entente.Dictionaries;
using Entente.Sources;

namespace Entente.Cli.Commands;

/// <summary>Finds the dictionary folder and loads the coder from it; failures are usage errors (exit 2).</summary>
internal static class CoderSetup
{
    public static string ResolveDataDirectory(string? explicitDirectory)
    {
        if (explicitDirectory is not null)
        {
            if (!Directory.Exists(explicitDirectory)) throw new UsageException($"dictionary folder not found: {explicitDirectory}");
            return explicitDirectory;
        }
        var besideExecutable = Path.Combine(AppContext.BaseDirectory, "data");
        if (Directory.Exists(besideExecutable)) return besideExecutable;
        if (Directory.Exists("data")) return Path.GetFullPath("data");
        throw new UsageException($"no dictionary folder: neither {besideExecutable} nor ./data exists (use --data DIR)");
    }

    public static Func<Article, CodedArticle> Load(CliContext context, string? explicitDirectory)
    {
        var directory = ResolveDataDirectory(explicitDirectory);
        try
        {
            return context.LoadCoder(directory);
        }
        catch (DictionaryLoadException ex)
        {
            throw new UsageException($"cannot load dictionaries from {directory}: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read dictionaries in {directory}: {ex.Message}");
        }
    }
}
