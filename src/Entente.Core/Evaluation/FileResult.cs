namespace Entente.Evaluation;

/// <summary>The score of one gold article, with every miss and every spurious event explained.</summary>
public sealed record FileResult(
    string Id,
    EventCounts Events,
    FactScores Facts,
    IReadOnlyList<EventError> Missed,
    IReadOnlyList<EventError> Spurious,
    IReadOnlyList<FactError> MissedFacts,
    IReadOnlyList<FactError> SpuriousFacts);
