namespace Entente.Store;

/// <summary>How many rows the main tables hold.</summary>
public sealed record StoreCounts(long Articles, long Sentences, long Events, long Mentions, long Facts, long Actors);
