using System.CommandLine;
using Entente.Dictionaries;
using Entente.Knowledge;
using Entente.Store;

namespace Entente.Cli.Commands;

/// <summary>The <c>--db</c> option and opening the knowledge base; an unusable store is a usage error (exit 2).</summary>
internal static class StoreSetup
{
    public static Option<string?> DbOption() => new("--db")
    {
        Description = $"The knowledge base: an SQLite file (default ./{StoreTarget.DefaultPath}) or a PostgreSQL connection string "
            + "(\"Host=...;Port=...;Username=...;Database=...\").",
        HelpName = "PATH|CONNECTION-STRING",
    };

    public static KnowledgeStore Open(string? db, bool create)
    {
        try
        {
            return KnowledgeStore.Open(StoreTarget.Parse(db), create);
        }
        catch (StoreException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    /// <summary>The reference parts of the dictionaries (memberships, people, role nouns) from the data folder.</summary>
    public static ReferenceData LoadReference(string? dataOption)
    {
        var directory = CoderSetup.ResolveDataDirectory(dataOption);
        try
        {
            return ReferenceData.Load(directory);
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
