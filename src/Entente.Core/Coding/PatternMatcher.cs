using Entente.Dictionaries;
using Entente.Recognition;
using Entente.Text;

namespace Entente.Coding;

/// <summary>
/// Matches verb and noun patterns around a head word, left to right within a clause, letting up to
/// <see cref="MaxGap"/> filler tokens stand between elements (data/README.md, verbs.txt).
/// </summary>
public sealed class PatternMatcher(Lexicon lexicon)
{
    public const int MaxGap = 4;
    private const int MaxScan = 12;

    private static bool IsQuantity(Token token) =>
        (token.Flags & TokenFlags.Number) != 0 || token.Norm is "$" or "€" or "£" or "million" or "billion" or "trillion" or "nearly" or "about" or "over" or "some" or "approximately" or "more" or "than";

    /// <summary>The most specific matching pattern of <paramref name="patterns"/> (ordered most specific first).</summary>
    /// <remarks>
    /// Among matching patterns with as many elements, the tighter match wins (fewer gap tokens: "pledged to provide
    /// aid" is <c>pledge to provide &amp;aid</c> rather than <c>pledge &amp;aid</c>), then the narrower word sets.
    /// </remarks>
    /// <param name="targetOptional">In a passive the target is the subject: a <c>T</c> the words don't hold is skipped.</param>
    public PatternMatch? Best(EventPattern[] patterns, Token[] tokens, int head, int start, int end, SentencePhrases phrases, bool targetOptional = false)
    {
        PatternMatch? best = null;
        foreach (var pattern in patterns)
        {
            if (best is not null && pattern.Specificity < best.Pattern.Specificity) break;
            if (TryMatch(pattern, tokens, head, start, end, phrases, targetOptional) is not { } match) continue;
            if (best is null || match.Gaps < best.Gaps || (match.Gaps == best.Gaps && pattern.Breadth < best.Pattern.Breadth)) best = match;
        }
        return best;
    }

    private PatternMatch? TryMatch(EventPattern pattern, Token[] tokens, int head, int start, int end, SentencePhrases phrases, bool targetOptional)
    {
        ActorPhrase? target = null, source = null;
        var gaps = 0;
        var elements = pattern.Elements;
        var forward = MatchForward(elements, pattern.HeadIndex + 1, tokens, head + 1, end, phrases, targetOptional, ref target, ref source, ref gaps);
        if (forward < 0) return null;
        var last = forward - 1;
        var first = head;
        var back = head - 1;
        for (var e = pattern.HeadIndex - 1; e >= 0; e--)
        {
            var found = FindBackward(elements[e], tokens, back, start, phrases, out var phrase);
            if (found < 0) return null;
            if (elements[e].Kind == PatternElementKind.Target) target = phrase;
            if (elements[e].Kind == PatternElementKind.Source) source = phrase;
            gaps += back - found;
            back = (phrase?.Start ?? found) - 1;
            first = phrase?.Start ?? found;
        }
        return new PatternMatch(pattern, target, source, last, first, gaps);
    }

    /// <summary>
    /// Matches elements <paramref name="e"/>.. from <paramref name="pos"/>; returns the token after the match or -1.
    /// A multi-word entry that leaves the rest unmatched is retried as its first word alone
    /// (<c>economic cooperation</c> in "&amp;economic &amp;coop_noun").
    /// </summary>
    private int MatchForward(IReadOnlyList<PatternElement> elements, int e, Token[] tokens, int pos, int end, SentencePhrases phrases,
        bool targetOptional, ref ActorPhrase? target, ref ActorPhrase? source, ref int gaps)
    {
        if (e == elements.Count) return pos;
        var element = elements[e];
        var found = FindForward(element, tokens, pos, end, phrases, out var phrase, out var length);
        if (found < 0 && targetOptional && element.Kind == PatternElementKind.Target)
            return MatchForward(elements, e + 1, tokens, pos, end, phrases, targetOptional, ref target, ref source, ref gaps);
        if (found < 0) return -1;
        if (element.Kind == PatternElementKind.Target) target = phrase;
        if (element.Kind == PatternElementKind.Source) source = phrase;
        var next = phrase?.End ?? found + length;
        // "between S and T" with S = "Belarus and Laos": the next element may take the "and" inside the phrase.
        if (phrase is { Units.Count: > 1 } && e + 1 < elements.Count && elements[e + 1].Kind == PatternElementKind.Words
            && elements[e + 1].MatchLength(tokens, phrase.Units[0].End, end) > 0)
            next = phrase.Units[0].End;
        var rest = MatchForward(elements, e + 1, tokens, next, end, phrases, targetOptional, ref target, ref source, ref gaps);
        if (rest < 0 && phrase is null && length > 1 && element.Words is not null && element.Words.Contains(tokens[found].Norm))
            rest = MatchForward(elements, e + 1, tokens, found + 1, end, phrases, targetOptional, ref target, ref source, ref gaps);
        if (rest >= 0) gaps += found - pos;
        return rest;
    }

    private int FindForward(PatternElement element, Token[] tokens, int pos, int end, SentencePhrases phrases, out ActorPhrase? phrase, out int length)
    {
        phrase = null;
        length = 1;
        var counted = 0;
        for (var t = pos; t < end && counted <= MaxGap && t - pos <= MaxScan; t++)
        {
            // Amounts ("$808 million in") don't use up the gap: only words do.
            if (!IsQuantity(tokens[t])) counted++;
            if (element.Kind is PatternElementKind.Target or PatternElementKind.Source)
            {
                if (phrases.StartingAt(t) is { } p) { phrase = p; return t; }
            }
            else if ((length = element.MatchLength(tokens, t, end)) > 0) return t;
            // An actor phrase counts as one gap token ("a Belarus-Laos agreement"), unless the word is inside it
            // ("a delegation" is both a role noun and the word a pattern asks for).
            if (phrases.StartingAt(t) is { } inside && inside.End > t + 1)
            {
                for (var k = t + 1; k < inside.End; k++)
                    if (element.Kind == PatternElementKind.Words && (length = element.MatchLength(tokens, k, end)) > 0) return k;
                t = inside.End - 1;
                continue;
            }
            if (!IsFiller(tokens[t], element)) return -1;
        }
        return -1;
    }

    private int FindBackward(PatternElement element, Token[] tokens, int pos, int start, SentencePhrases phrases, out ActorPhrase? phrase)
    {
        phrase = null;
        for (var t = pos; t >= start && pos - t <= MaxGap; t--)
        {
            if (element.Kind is PatternElementKind.Target or PatternElementKind.Source)
            {
                if (phrases.EndingAt(t + 1) is { } p) { phrase = p; return t; }
            }
            else if (element.MatchEndingAt(tokens, t, start) is var s && s >= 0) return s;
            if (!IsFiller(tokens[t], element)) return -1;
        }
        return -1;
    }

    /// <summary>
    /// Gap tokens: words that can sit inside a noun phrase. Clause punctuation, relative words, subordinators and
    /// prepositions other than "of" end the search (a preposition introduces a new phrase the pattern must name).
    /// </summary>
    private bool IsFiller(Token token, PatternElement element)
    {
        if (token.Norm is "'s" or "-" or "'" || IsQuantity(token)) return true;
        if (!token.IsWord) return false;
        var norm = token.Norm;
        if (lexicon.Is(norm, WordClass.Relative) && norm != "that") return false;
        if (norm == "that" && element.Kind != PatternElementKind.Words) return false;
        // Prepositions may sit inside the gap before a word ("an agreement on visa-free travel with"), but
        // before an actor slot only "of" may: "condemned the attack on X" does not make X the target of "condemn".
        if (lexicon.Is(norm, WordClass.Preposition) && norm != "of") return element.Kind == PatternElementKind.Words;
        // "assistance and cooperation to X": a coordinated noun may stand in a gap before a word, not before an actor.
        if (norm is "and" or "or" && element.Kind == PatternElementKind.Words) return true;
        if (lexicon.Is(norm, WordClass.Conjunction) || lexicon.Is(norm, WordClass.Modal) || lexicon.Is(norm, WordClass.Auxiliary)) return false;
        return true;
    }
}
