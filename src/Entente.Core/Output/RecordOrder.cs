using Entente.Records;
using Entente.Text;

namespace Entente.Output;

/// <summary>
/// The contract's order inside an article: by sentence, then span; at equal positions an event precedes a fact.
/// Events and facts each arrive in text order, so a merge is enough.
/// </summary>
public static class RecordOrder
{
    /// <summary>Calls back for each record in order; <paramref name="state"/> lets callers pass static lambdas.</summary>
    public static void Visit<TState>(
        CodedArticle article, bool includeFacts, TState state, Action<TState, EventRecord> onEvent, Action<TState, FactRecord> onFact)
    {
        var events = article.Events;
        var facts = includeFacts ? article.Facts : [];
        int i = 0, j = 0;
        while (i < events.Count || j < facts.Count)
        {
            var takeEvent = j >= facts.Count
                || (i < events.Count && Compare(events[i].Sentence, events[i].Span, facts[j].Sentence, facts[j].Span) <= 0);
            if (takeEvent) onEvent(state, events[i++]);
            else onFact(state, facts[j++]);
        }
    }

    private static int Compare(int sentenceA, TextSpan spanA, int sentenceB, TextSpan spanB)
    {
        if (sentenceA != sentenceB) return sentenceA.CompareTo(sentenceB);
        if (spanA.Start != spanB.Start) return spanA.Start.CompareTo(spanB.Start);
        return spanA.End.CompareTo(spanB.End);
    }
}
