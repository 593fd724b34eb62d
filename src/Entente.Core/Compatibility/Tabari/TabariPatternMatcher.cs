using Entente.Dictionaries;
using Entente.Text;

namespace Entente.Compatibility.Tabari;

/// <summary>
/// Matches TABARI patterns: the words before <c>*</c> are found right to left from the verb, those after it left to
/// right, each anywhere later in its clause (up to and including the next finite verb; earlier words not before
/// the segment start) unless joined to its neighbour by <c>_</c>. <c>+</c>/<c>$</c> take the next actor or
/// agent phrase, <c>^</c> passes over one, <c>%</c> takes a coordinated actor phrase. Patterns are tried longest first;
/// the first that matches wins.
/// </summary>
internal static class TabariPatternMatcher
{
    public static TabariMatch? Best(EventPattern[] ordered, TabariVerb verb, TabariSentenceView view, int segmentStart, int limit)
    {
        foreach (var pattern in ordered)
            if (TryMatch(pattern, verb, view, segmentStart, limit) is { } match) return match;
        return null;
    }

    private static TabariMatch? TryMatch(EventPattern pattern, TabariVerb verb, TabariSentenceView view, int segmentStart, int limit)
    {
        var head = pattern.HeadIndex;
        var seed = new TabariMatch(pattern, verb.Head, verb.Head);
        var forward = Forward(pattern.Elements, head + 1, verb.Head + 1, view, limit, seed);
        return forward is null ? null : Backward(pattern.Elements, head - 1, verb.Head - 1, view, segmentStart, forward);
    }

    private static TabariMatch? Forward(IReadOnlyList<PatternElement> elements, int e, int pos, TabariSentenceView view, int end, TabariMatch acc)
    {
        if (e == elements.Count) return acc with { Last = Math.Max(acc.Last, pos - 1) };
        var element = elements[e];
        var tokens = view.Tokens;
        var last = element.Adjacent ? Math.Min(pos, end - 1) : end - 1;
        switch (element.Kind)
        {
            case PatternElementKind.Words:
                for (var t = pos; t <= last; t++)
                    if (element.MatchLength(tokens, t, end) is var length and > 0
                        && Forward(elements, e + 1, t + length, view, end, acc) is { } done) return done;
                return null;
            case PatternElementKind.Skip:
                var (unitStart, unitEnd) = view.NounPhraseAfter(pos);
                if (unitStart < 0 || (element.Adjacent && unitStart > pos)) return null;
                return Forward(elements, e + 1, unitEnd, view, end, acc);
            case PatternElementKind.Target or PatternElementKind.Source:
                foreach (var m in view.Mentions)
                {
                    if (m.Start < pos || (element.Adjacent && m.Start > SkipDeterminers(tokens, pos, end))) continue;
                    var next = element.Kind == PatternElementKind.Target ? acc with { Target = m } : acc with { Source = m };
                    if (Forward(elements, e + 1, m.End, view, end, next) is { } done) return done;
                    if (element.Adjacent) return null;
                }
                return null;
            case PatternElementKind.Compound:
                foreach (var p in view.Phrases)
                    if (p.Start >= pos && p.Members.Count > 1 && (!element.Adjacent || p.Start <= SkipDeterminers(tokens, pos, end))
                        && Forward(elements, e + 1, p.End, view, end, acc with { Compound = p, CompoundIsSource = false }) is { } done) return done;
                return null;
            default:
                return null;
        }
    }

    private static TabariMatch? Backward(IReadOnlyList<PatternElement> elements, int e, int pos, TabariSentenceView view, int segmentStart, TabariMatch acc)
    {
        if (e < 0) return acc;
        var element = elements[e];
        var adjacent = elements[e + 1].Adjacent;
        var tokens = view.Tokens;
        var lowest = adjacent ? pos : segmentStart;
        switch (element.Kind)
        {
            case PatternElementKind.Words:
                for (var t = pos; t >= lowest && t >= segmentStart; t--)
                    if (element.MatchEndingAt(tokens, t, segmentStart) is var s and >= 0
                        && Backward(elements, e - 1, s - 1, view, segmentStart, acc with { First = Math.Min(acc.First, s) }) is { } done) return done;
                return null;
            case PatternElementKind.Skip:
                var before = view.NounPhraseBefore(pos, segmentStart);
                if (before < 0) return null;
                return Backward(elements, e - 1, before - 1, view, segmentStart, acc with { First = Math.Min(acc.First, before) });
            case PatternElementKind.Target or PatternElementKind.Source:
                for (var i = view.Mentions.Count - 1; i >= 0; i--)
                {
                    var m = view.Mentions[i];
                    if (m.End - 1 > pos || m.Start < segmentStart || (adjacent && m.End - 1 < pos)) continue;
                    var next = element.Kind == PatternElementKind.Target ? acc with { Target = m } : acc with { Source = m };
                    if (Backward(elements, e - 1, m.Start - 1, view, segmentStart, next with { First = Math.Min(acc.First, m.Start) }) is { } done) return done;
                    if (adjacent) return null;
                }
                return null;
            case PatternElementKind.Compound:
                for (var i = view.Phrases.Count - 1; i >= 0; i--)
                {
                    var p = view.Phrases[i];
                    if (p.End - 1 > pos || p.Start < segmentStart || p.Members.Count < 2 || (adjacent && p.Extent - 1 < pos && p.End - 1 < pos)) continue;
                    if (Backward(elements, e - 1, p.Start - 1, view, segmentStart, acc with { Compound = p, CompoundIsSource = true, First = Math.Min(acc.First, p.Start) }) is { } done) return done;
                }
                return null;
            default:
                return null;
        }
    }

    private static int SkipDeterminers(Token[] tokens, int pos, int end)
    {
        while (pos < end && tokens[pos].Norm is "the" or "a" or "an") pos++;
        return pos;
    }
}
