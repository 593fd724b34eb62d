using Entente.Tests.Sources;

namespace Entente.Tests.Store;

/// <summary>
/// A small knowledge base for the network view, written for these tests: Chile and Peru (a condemnation and a
/// meeting, one event each way), Japan protesting to China, Japan and Vietnam signing (one event each way), and an
/// older Brazil–Argentina praise outside the default period (the twelve months up to June 2025).
/// </summary>
internal static class NetworkStories
{
    public static async Task<string> Seed(StoreDatabases databases, TempFolder files, string kind)
    {
        var db = databases.New(kind);
        var corpus = files.Write("network.jsonl",
            StoreCli.Line("n1", "Chile condemned Peru on Monday.", "2025-05-13", "Andes Daily")
            + StoreCli.Line("n2", "President Gabriel Boric of Chile met Peruvian President Dina Boluarte in Lima on Tuesday.", "2025-05-21", "Lima Post")
            + StoreCli.Line("n3", "Japan protested to China over the detention of its fishermen on Friday.", "2025-06-07", "Tokyo Wire")
            + StoreCli.Line("n4", "Japan and Vietnam signed a trade agreement in Hanoi on Thursday.", "2025-06-20", "Hanoi News")
            + StoreCli.Line("n5", "Brazil praised Argentina for its help after the floods.", "2024-01-05", "Rio Times"));
        var ingest = await StoreCli.Run("ingest", corpus, "--db", db);
        Assert.True(ingest.Exit == 0, ingest.Err);
        return db;
    }
}
