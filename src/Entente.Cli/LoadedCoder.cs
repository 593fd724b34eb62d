using Entente.Compatibility.Readers;
using Entente.Sources;

namespace Entente.Cli;

/// <summary>A coding function and a one-line summary of the dictionaries behind it.</summary>
public sealed record LoadedCoder(Func<Article, CodedArticle> Code, string Summary)
{
    /// <summary>PETRARCH/TABARI dictionaries coded under PETRARCH conventions.</summary>
    public static LoadedCoder Petrarch(PetrarchDictionaryFiles files, string dataDirectory)
    {
        var loaded = PetrarchDictionaryLoader.Load(files, dataDirectory);
        var set = loaded.Set;
        var summary = $"{set.CodedActors.Count} actors, {set.Agents.Count} agents, {set.Patterns.Count} patterns, {set.Discards.Count} discards"
            + (loaded.Warnings.Count > 0 ? $"; {loaded.Warnings.Count} unreadable lines skipped" : "");
        return new LoadedCoder(Engine.Create(set, EngineOptions.Petrarch).Code, summary);
    }
}
