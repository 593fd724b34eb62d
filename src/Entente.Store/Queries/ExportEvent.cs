using Entente.Output;
using Entente.Records;

namespace Entente.Store.Queries;

/// <summary>
/// One merged event as <c>entente export</c> writes it: the event in the Records contract, its provenance fields
/// (article, sentence, span, text, rule, confidence, source/target text and entries) taken from its representative
/// mention — the earliest stored — and the merge counts (GDELT's NumMentions, NumArticles, NumSources).
/// </summary>
public sealed record ExportEvent(long Id, EventRecord Record, int Mentions, int Articles, int Outlets)
{
    /// <summary>The flat row of the CSV and Parquet writers, with the counts set.</summary>
    public ExportRow ToRow() => ExportRow.From(Record) with { Mentions = Mentions, Articles = Articles, Outlets = Outlets };
}
