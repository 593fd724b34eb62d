using Entente.Records;
using Entente.Sources;

namespace Entente;

/// <summary>What the coder found in one article: its events and relation facts, in text order.</summary>
public sealed record CodedArticle(Article Article, IReadOnlyList<EventRecord> Events, IReadOnlyList<FactRecord> Facts, int SentenceCount, int WordCount);
