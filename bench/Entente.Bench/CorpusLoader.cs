using Entente.Sources;

namespace Entente.Bench;

/// <summary>Reads a JSON Lines corpus through the product's own reader, so the benchmark codes what users code.</summary>
internal static class CorpusLoader
{
    public static List<Article> Load(string path) =>
        ArticleReader.Read([path], new ReaderOptions()).Where(i => i.Article is not null).Select(i => i.Article!).ToList();
}
