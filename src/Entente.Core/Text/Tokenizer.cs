namespace Entente.Text;

/// <summary>
/// Splits text into tokens with exact offsets into it. Words keep hyphens (<c>visa-free</c>), inner stops
/// (<c>U.S.</c>, <c>3.5</c>), thousands separators (<c>1,000</c>) and known abbreviations' stops (<c>Dr.</c>,
/// <c>J.</c>); clitics are separate (<c>did</c> <c>n't</c>, <c>Russia</c> <c>'s</c>); every other punctuation
/// character is a token, except runs of stops or dashes (<c>...</c>, <c>--</c>). Deterministic and context-free, so
/// dictionary phrases tokenize exactly like article text. Thread-safe.
/// </summary>
public static class Tokenizer
{
    public static Token[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tokenize(text, 0, text.Length);
    }

    /// <summary>Tokenizes <c>text[start..end)</c>; offsets are into the whole text; the first token starts a paragraph.</summary>
    public static Token[] Tokenize(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);

        var tokens = new List<Token>((end - start) / 5 + 4);
        var paragraphStart = true;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (CharKinds.IsSpace(c))
            {
                var breaks = 0;
                for (; i < end && CharKinds.IsSpace(text[i]); i++) breaks += CharKinds.LineBreakWeight(text, i);
                paragraphStart |= breaks >= 2;
                continue;
            }
            var flags = paragraphStart ? TokenFlags.ParagraphStart : TokenFlags.None;
            paragraphStart = false;
            int tokenEnd;
            if (CharKinds.IsWordChar(c))
            {
                tokenEnd = WordScanner.Scan(text, i, end);
                tokens.Add(TokenFactory.Word(text, i, tokenEnd, flags));
            }
            else if (i > start && IsAttached(text[i - 1]) && WordScanner.CliticLength(text, i, end) is > 0 and var length)
            {
                tokenEnd = i + length;
                tokens.Add(TokenFactory.Word(text, i, tokenEnd, flags));
            }
            else
            {
                tokenEnd = PunctuationEnd(text, i, end);
                tokens.Add(TokenFactory.Punctuation(text, i, tokenEnd, flags));
            }
            i = tokenEnd;
        }
        return tokens.ToArray();
    }

    /// <summary>A clitic must hang on a word: <c>Russia's</c>, <c>U.S.'s</c>, not <c>the 'sixties</c>.</summary>
    private static bool IsAttached(char before) => CharKinds.IsWordChar(before) || before == '.';

    private static int PunctuationEnd(string text, int i, int end)
    {
        var c = text[i];
        var j = i + 1;
        if (c is '.' or '\u2026')
            while (j < end && text[j] is '.' or '\u2026') j++;
        else if (CharKinds.IsDash(c))
            while (j < end && CharKinds.IsDash(text[j])) j++;
        else if (char.IsHighSurrogate(c) && j < end && char.IsLowSurrogate(text[j]))
            j++;
        return j;
    }
}
