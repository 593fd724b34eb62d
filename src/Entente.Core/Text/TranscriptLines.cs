namespace Entente.Text;

/// <summary>
/// A transcript line standing alone as a paragraph and introducing the next one: <c>Maxim Ryzhenkov, Minister of
/// Foreign Affairs:</c>, <c>The below is attributable to Spokesperson Ned Price:</c>, or a bare <c>Name:</c> when the
/// next paragraph opens with a quotation mark. The quotation is that next paragraph, without its enclosing marks.
/// </summary>
internal static class TranscriptLines
{
    private const int MaxLineTokens = 24;
    private const int MaxNameWords = 6;
    private const int MaxTitleTokens = 16;

    /// <summary>Adds the quotations and returns which paragraphs are transcript lines.</summary>
    public static bool[] Find(Token[] tokens, TokenRange[] paragraphs, SpeakerLabel?[] labels, List<Quotation> found)
    {
        var lines = new bool[paragraphs.Length];
        for (var p = 0; p + 1 < paragraphs.Length; p++)
        {
            var line = paragraphs[p];
            var next = paragraphs[p + 1];
            if (labels[p] is not null || labels[p + 1] is not null) continue;
            if (line.Count < 2 || line.Count > MaxLineTokens || tokens[line.End - 1].Norm != ":") continue;
            var quoted = IsQuoteMark(tokens[next.First]);
            if (Speaker(tokens, line.First, line.End - 1, quoted) is not { } speaker) continue;
            var first = quoted ? next.First + 1 : next.First;
            var end = next.End > first && IsQuoteMark(tokens[next.End - 1]) ? next.End - 1 : next.End;
            if (end <= first) continue;
            lines[p] = true;
            found.Add(new Quotation(
                SpeakerPhrase.SpanOf(tokens, new TokenRange(first, end)), SpeakerPhrase.SpanOf(tokens, speaker), AttributionKind.TranscriptLine));
        }
        return lines;
    }

    private static TokenRange? Speaker(Token[] tokens, int first, int end, bool quoted)
    {
        for (var k = first; k < end; k++)
            if (tokens[k].Norm is "." or "?" or "!" or ";") return null;
        for (var k = first; k + 2 < end; k++)
            if (tokens[k].Norm == "attributable" && tokens[k + 1].Norm == "to" && IsTitle(tokens, k + 2, end))
                return new TokenRange(k + 2, end);
        var comma = Array.FindIndex(tokens, first, end - first, t => t.Norm == ",");
        if (comma > first)
            return IsName(tokens, first, comma) && IsTitle(tokens, comma + 1, end) ? new TokenRange(first, end) : null;
        return quoted && comma < 0 && IsName(tokens, first, end) ? new TokenRange(first, end) : null;
    }

    /// <summary>Capitalized words, initials and name particles: <c>Antony J. Blinken</c>, <c>Jaap de Hoop Scheffer</c>.</summary>
    private static bool IsName(Token[] tokens, int first, int end)
    {
        if (end - first is < 1 or > MaxNameWords || !tokens[first].IsCapitalized || !tokens[end - 1].IsCapitalized) return false;
        for (var k = first; k < end; k++)
        {
            var t = tokens[k];
            if (!t.IsWord || (t.Flags & TokenFlags.Number) != 0 || SpeakerWords.Ends(t.Norm)) return false;
            if (!t.IsCapitalized && !SpeakerWords.Connectors.Contains(t.Norm)) return false;
        }
        return true;
    }

    /// <summary>A title after the name: <c>Belarusian Minister of Foreign Affairs</c>, <c>Secretary of State</c>.</summary>
    private static bool IsTitle(Token[] tokens, int first, int end)
    {
        if (end - first is < 1 or > MaxTitleTokens || !tokens[first].IsCapitalized) return false;
        for (var k = first; k < end; k++)
            if (!tokens[k].IsWord && tokens[k].Norm is not ("," or "&" or "-" or "'" or "(" or ")")) return false;
        return true;
    }

    private static bool IsQuoteMark(Token token) => token.IsPunctuation && token.Norm is "\"" or "'";
}
