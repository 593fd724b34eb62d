namespace Entente.Text;

/// <summary>
/// Finds a speaker's noun phrase next to a speech verb: a name or noun phrase of a few words (<c>Secretary of State
/// Antony J. Blinken</c>, <c>the Belarusian foreign minister</c>, <c>he</c>), with an apposition between commas
/// (<c>Maxim Ryzhenkov, the Belarusian foreign minister,</c>). Phrases stop at punctuation and function words.
/// </summary>
internal static class SpeakerPhrase
{
    private const int MaxName = 16;
    private const int MaxApposition = 10;

    /// <summary>The phrase ending at token <paramref name="last"/>, starting no earlier than <paramref name="min"/>.</summary>
    public static TokenRange? Backward(Token[] tokens, int last, int min)
    {
        if (last < min) return null;
        var token = tokens[last];
        if (IsPronoun(token)) return new TokenRange(last, last + 1);
        if (token.Norm == ",")
        {
            var apposition = RunBack(tokens, last - 1, min, MaxApposition);
            if (apposition < 0 || apposition - 2 < min || tokens[apposition - 1].Norm != ",") return null;
            var name = RunBack(tokens, apposition - 2, min, MaxName);
            return name >= 0 && HasCapital(tokens, name, apposition - 1) ? new TokenRange(name, last) : null;
        }
        var first = RunBack(tokens, last, min, MaxName);
        return first < 0 ? null : new TokenRange(first, last + 1);
    }

    /// <summary>The phrase starting at token <paramref name="first"/>, ending before <paramref name="end"/>.</summary>
    public static TokenRange? Forward(Token[] tokens, int first, int end)
    {
        if (first >= end) return null;
        if (IsPronoun(tokens[first])) return new TokenRange(first, first + 1);
        var nameEnd = RunForward(tokens, first, end, MaxName);
        if (nameEnd <= first) return null;
        if (nameEnd + 1 < end && tokens[nameEnd].Norm == "," && HasCapital(tokens, first, nameEnd))
        {
            // "said Lavrov, Russia's foreign minister." but not "said Lavrov, Russia will respond".
            var appositionEnd = RunForward(tokens, nameEnd + 1, end, MaxApposition);
            if (appositionEnd > nameEnd + 1 && (appositionEnd >= end || tokens[appositionEnd].IsPunctuation))
                return new TokenRange(first, appositionEnd);
        }
        return new TokenRange(first, nameEnd);
    }

    public static TextSpan SpanOf(Token[] tokens, TokenRange range) => new(tokens[range.First].Start, tokens[range.End - 1].End);

    private static int RunBack(Token[] tokens, int last, int min, int max)
    {
        var i = last;
        while (i >= min && last - i < max)
        {
            var token = tokens[i];
            if (!IsPhraseWordAt(tokens, i)) break;
            if (IsConnector(token) && (i == last || i == min || !Joins(tokens, i))) break;
            if (SpeakerWords.Determiners.Contains(token.Norm))
            {
                // "Minister of the Interior" goes on through "of"; otherwise the determiner opens the phrase.
                if (i - 1 >= min && i - 1 > 0 && IsConnector(tokens[i - 1]) && Joins(tokens, i - 1)) { i--; continue; }
                return i;
            }
            i--;
        }
        var first = i + 1;
        while (first <= last && IsConnector(tokens[first])) first++;
        return first <= last ? first : -1;
    }

    private static int RunForward(Token[] tokens, int first, int end, int max)
    {
        var i = first;
        while (i < end && i - first < max)
        {
            var token = tokens[i];
            if (!IsPhraseWordAt(tokens, i)) break;
            if (IsConnector(token) && (i == first || i + 1 >= end || !Joins(tokens, i))) break;
            if (SpeakerWords.Determiners.Contains(token.Norm) && i > first && !IsConnector(tokens[i - 1])) break;
            i++;
        }
        while (i > first && (IsConnector(tokens[i - 1]) || SpeakerWords.Determiners.Contains(tokens[i - 1].Norm))) i--;
        return i;
    }

    private static bool IsPhraseWord(Token token) =>
        token.IsWord && !SpeakerWords.Ends(token.Norm) && !(token.IsCapitalized && token.Norm == "and");

    /// <summary>
    /// A phrase word, or a capitalized function word inside a name: between two capitals (<c>Reporters Without
    /// Borders</c>), or <c>Under</c> opening a title (<c>Under Secretary Jenkins</c>).
    /// </summary>
    private static bool IsPhraseWordAt(Token[] tokens, int i)
    {
        var token = tokens[i];
        if (IsPhraseWord(token)) return true;
        if (!token.IsWord || !token.IsCapitalized) return false;
        if (token.Norm == "under") return i + 1 < tokens.Length && tokens[i + 1].IsCapitalized && tokens[i + 1].IsWord;
        return SpeakerWords.IsTitleCaseStop(token.Norm)
            && i > 0 && i + 1 < tokens.Length && tokens[i - 1].IsCapitalized && tokens[i + 1].IsCapitalized
            && tokens[i - 1].IsWord && tokens[i + 1].IsWord;
    }

    private static bool IsPronoun(Token token) => token.IsWord && SpeakerWords.Pronouns.Contains(token.Norm);

    private static bool IsConnector(Token token) => !token.IsCapitalized && SpeakerWords.Connectors.Contains(token.Norm);

    /// <summary>
    /// A connector between two parts of one name: <c>of</c>/<c>for</c> before a capital or determiner
    /// (<c>Minister of Foreign Affairs</c>, <c>head of the delegation</c>); the others between two capitals
    /// (<c>Ambassador to the United Nations</c>, <c>European and Eurasian Affairs</c>, <c>Jaap de Hoop</c>).
    /// </summary>
    private static bool Joins(Token[] tokens, int i)
    {
        if (i == 0 || i + 1 >= tokens.Length) return false;
        var left = tokens[i - 1];
        var right = tokens[i + 1];
        if (!IsPhraseWord(left) || !right.IsWord) return false;
        var rightOpensName = right.IsCapitalized || SpeakerWords.Determiners.Contains(right.Norm);
        return tokens[i].Norm switch
        {
            "of" or "for" => rightOpensName,
            "to" => left.IsCapitalized && rightOpensName,
            _ => left.IsCapitalized && right.IsCapitalized,
        };
    }

    private static bool HasCapital(Token[] tokens, int first, int end)
    {
        for (var k = first; k < end; k++)
            if (tokens[k].IsCapitalized) return true;
        return false;
    }
}
