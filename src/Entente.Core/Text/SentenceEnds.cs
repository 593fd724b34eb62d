namespace Entente.Text;

/// <summary>
/// Decides whether a stop, question mark, exclamation mark, ellipsis or abbreviation ends a sentence, and where:
/// closing quotes and brackets written right after the stop belong to the sentence (<c>."</c>, <c>.”</c>, <c>.)</c>).
/// </summary>
internal static class SentenceEnds
{
    /// <summary>The last token of the sentence ending at token <paramref name="i"/>, or -1 if none ends there.</summary>
    public static int At(Token[] tokens, int i, int end)
    {
        var token = tokens[i];
        var kind = Kind(token);
        if (kind == EndKind.None) return -1;
        var last = i;
        while (last + 1 < end && tokens[last + 1].Start == tokens[last].End && IsCloser(tokens[last + 1])) last++;
        if (last + 1 >= end) return last;
        var next = tokens[last + 1];
        var splits = kind switch
        {
            EndKind.Stop => !LineBreaks.IsLowerWord(next) && next.Norm is not ("," or ";" or ":" or ")" or "]" or "}" or "%"),
            EndKind.Ellipsis => next.IsCapitalized || OpensSentence(tokens, last + 1, end),
            EndKind.Ambiguous => SentenceStarters.Contains(next) || next.Norm == "\"" && OpensSentence(tokens, last + 1, end),
            EndKind.Suffix => next.IsCapitalized && Abbreviations.Classify(next.Norm) == AbbreviationKind.None
                || next.Norm == "\"" && OpensSentence(tokens, last + 1, end),
            _ => false,
        };
        return splits ? last : -1;
    }

    private enum EndKind { None, Stop, Ellipsis, Ambiguous, Suffix, Never }

    private static EndKind Kind(Token token)
    {
        if (token.IsPunctuation)
            return token.Norm switch
            {
                "." or "?" or "!" => EndKind.Stop,
                "..." => EndKind.Ellipsis,
                _ => EndKind.None,
            };
        if (!token.IsWord || token.Norm[^1] != '.') return EndKind.None;
        return Abbreviations.Classify(token.Norm) switch
        {
            AbbreviationKind.Dotted or AbbreviationKind.Initial or AbbreviationKind.Month => EndKind.Ambiguous,
            AbbreviationKind.Suffix => EndKind.Suffix,
            AbbreviationKind.None => EndKind.Stop,
            _ => EndKind.Never,
        };
    }

    private static bool IsCloser(Token token) => token.Norm is "\"" or "'" or ")" or "]" or "}" or "." or "?" or "!" or "...";

    /// <summary>An opening quote followed by a capitalized word.</summary>
    private static bool OpensSentence(Token[] tokens, int i, int end) =>
        tokens[i].Norm is "\"" or "'" && i + 1 < end && tokens[i + 1].IsCapitalized;
}
