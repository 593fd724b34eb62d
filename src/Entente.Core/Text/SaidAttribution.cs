using System.Collections.Frozen;

namespace Entente.Text;

/// <summary>
/// Finds who said a quoted stretch from a speech verb next to it: <c>"…," X said</c>, <c>"…," said X</c>,
/// <c>X said, "…"</c>, <c>X said: "…"</c>, <c>X told reporters in Minsk: "…"</c>.
/// </summary>
internal static class SaidAttribution
{
    // Words between a speech verb and its quote that leave the attribution intact: "said, and I quote, “…”".
    private static readonly FrozenSet<string> Filler = new[] { "quote", "unquote", "and", "i", "this", "that", "as", "follows" }
        .ToFrozenSet(StringComparer.Ordinal);

    private const int MaxAdjunct = 6;
    private const int MaxSpeakerTokens = 24;

    public static TokenRange? Find(Token[] tokens, QuoteSegment quote, TokenRange paragraph)
    {
        // "…," he said: the comma (or ? ! —) inside the quote announces the attribution after it.
        var continues = tokens[quote.ContentEnd - 1].Norm is "," or "?" or "!" or "-" or "...";
        if (quote.Closed && continues) return After(tokens, quote, paragraph.End, strict: false) ?? Before(tokens, quote, paragraph.First);
        return Before(tokens, quote, paragraph.First) ?? (quote.Closed ? After(tokens, quote, paragraph.End, strict: true) : null);
    }

    /// <summary>
    /// <c>"…," said X</c> or <c>"…," X said</c>. When strict (the quote ended with a stop), speaker and verb must close
    /// the sentence: <c>"We will win." Lavrov said.</c>
    /// </summary>
    private static TokenRange? After(Token[] tokens, QuoteSegment quote, int end, bool strict)
    {
        var j = quote.Close + 1;
        if (j < end && tokens[j].Norm == ",") j++;
        if (j >= end) return null;
        if (SpeakerWords.IsSpeechVerb(tokens, j))
        {
            var speaker = SpeakerPhrase.Forward(tokens, j + 1, end);
            return speaker is { } s && (!strict || ClosesClause(tokens, s.End, end)) ? speaker : null;
        }
        for (var v = j + 1; v < end && v - j <= MaxSpeakerTokens; v++)
        {
            var token = tokens[v];
            if (token.IsPunctuation && token.Norm != ",") return null;
            if (!SpeakerWords.IsSpeechVerb(tokens, v)) continue;
            // "member states said": a speech word right before the verb is a noun of the phrase.
            if (v + 1 < end && SpeakerWords.IsSpeechVerb(tokens, v + 1)) continue;
            var last = v - 1;
            while (last >= j && SpeakerWords.VerbGroup.Contains(tokens[last].Norm)) last--;
            var speaker = SpeakerPhrase.Backward(tokens, last, j);
            if (speaker is not { } s || s.First != j) return null;
            return !strict || ClosesClause(tokens, v + 1, end) ? speaker : null;
        }
        return null;
    }

    /// <summary><c>X said, "…"</c>, <c>X said: "…"</c>, <c>X said in a statement, "…"</c>.</summary>
    private static TokenRange? Before(Token[] tokens, QuoteSegment quote, int min)
    {
        var k = quote.Open - 1;
        if (k < min) return null;
        var punctuated = tokens[k].Norm is "," or ":";
        if (punctuated) k--;
        for (var v = k; v >= min && k - v <= MaxAdjunct; v--)
        {
            var token = tokens[v];
            if (token.IsPunctuation && token.Norm != ",") return null;
            if (!SpeakerWords.IsSpeechVerb(tokens, v)) continue;
            // Without a comma or colon before the quote, only filler may stand between: not "said the word “x”".
            if (v < k && !punctuated && !AllFiller(tokens, v + 1, k + 1)) return null;
            var last = v - 1;
            while (last >= min && SpeakerWords.VerbGroup.Contains(tokens[last].Norm)) last--;
            return SpeakerPhrase.Backward(tokens, last, min);
        }
        return null;
    }

    private static bool ClosesClause(Token[] tokens, int i, int end) =>
        i >= end || tokens[i].Norm is "." or "?" or "!" or "," or ";";

    private static bool AllFiller(Token[] tokens, int first, int end)
    {
        for (var k = first; k < end; k++)
            if (!Filler.Contains(tokens[k].Norm) && tokens[k].Norm != ",") return false;
        return true;
    }
}
