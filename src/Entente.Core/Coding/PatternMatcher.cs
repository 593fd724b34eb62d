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

    /// <summary>The most specific matching pattern of <paramref name="patterns"/> (ordered most specific first).</summary>
    public PatternMatch? Best(EventPattern[] patterns, Token[] tokens, int head, int start, int end, SentencePhrases phrases)
    {
        foreach (var pattern in patterns)
            if (TryMatch(pattern, tokens, head, start, end, phrases) is { } match) return match;
        return null;
    }

    private PatternMatch? TryMatch(EventPattern pattern, Token[] tokens, int head, int start, int end, SentencePhrases phrases)
    {
        ActorPhrase? target = null, source = null;
        var pos = head + 1;
        var elements = pattern.Elements;
        for (var e = pattern.HeadIndex + 1; e < elements.Count; e++)
        {
            var found = FindForward(elements[e], tokens, pos, end, phrases, out var phrase);
            if (found < 0) return null;
            if (elements[e].Kind == PatternElementKind.Target) target = phrase;
            if (elements[e].Kind == PatternElementKind.Source) source = phrase;
            pos = phrase?.End ?? found + 1;
        }
        var last = pos - 1;
        var first = head;
        var back = head - 1;
        for (var e = pattern.HeadIndex - 1; e >= 0; e--)
        {
            var found = FindBackward(elements[e], tokens, back, start, phrases, out var phrase);
            if (found < 0) return null;
            if (elements[e].Kind == PatternElementKind.Target) target = phrase;
            if (elements[e].Kind == PatternElementKind.Source) source = phrase;
            back = (phrase?.Start ?? found) - 1;
            first = phrase?.Start ?? found;
        }
        return new PatternMatch(pattern, target, source, last, first);
    }

    private int FindForward(PatternElement element, Token[] tokens, int pos, int end, SentencePhrases phrases, out ActorPhrase? phrase)
    {
        phrase = null;
        for (var t = pos; t < end && t - pos <= MaxGap; t++)
        {
            if (element.Kind is PatternElementKind.Target or PatternElementKind.Source)
            {
                if (phrases.StartingAt(t) is { } p) { phrase = p; return t; }
            }
            else if (element.Accepts(tokens[t].Norm)) return t;
            if (!IsFiller(tokens[t], element)) return -1;
            // An actor phrase may stand inside a gap as a modifier ("a Belarus-Laos agreement").
            if (phrases.StartingAt(t) is { } skipped) t = skipped.End - 1;
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
            else if (element.Accepts(tokens[t].Norm)) return t;
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
        if (token.Norm is "'s" or "-" or "'") return true;
        if (!token.IsWord) return false;
        var norm = token.Norm;
        if (lexicon.Is(norm, WordClass.Relative) && norm != "that") return false;
        if (norm == "that" && element.Kind != PatternElementKind.Words) return false;
        // Prepositions may sit inside the gap before a word ("an agreement on visa-free travel with"), but
        // before an actor slot only "of" may: "condemned the attack on X" does not make X the target of "condemn".
        if (lexicon.Is(norm, WordClass.Preposition) && norm != "of") return element.Kind == PatternElementKind.Words;
        if (lexicon.Is(norm, WordClass.Conjunction) || lexicon.Is(norm, WordClass.Modal) || lexicon.Is(norm, WordClass.Auxiliary)) return false;
        return true;
    }
}
