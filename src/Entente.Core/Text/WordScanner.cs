namespace Entente.Text;

/// <summary>
/// Finds where a word starting at a letter or digit ends: hyphenated parts, numbers with separators and decimals,
/// dotted abbreviations and names with an inner apostrophe stay whole; clitics (<c>'s</c>, <c>n't</c>) are cut off.
/// </summary>
internal static class WordScanner
{
    public static int Scan(string text, int start, int end)
    {
        if (IsNegation(text, start, end)) return start + 3;
        var i = start;
        var segment = start;     // start of the part after the last joiner
        var dotted = false;      // letters joined by stops: U.S, e.g, state.gov
        while (true)
        {
            while (i < end && CharKinds.IsWordChar(text[i])) i++;
            if (i + 1 >= end) break;
            var c = text[i];
            var next = text[i + 1];
            if (CharKinds.IsHyphen(c) && CharKinds.IsWordChar(next))
            {
                i++;
                segment = i;
            }
            else if (c == '.' && JoinsAtStop(text, segment, i, end))
            {
                dotted |= CharKinds.IsLetter(next);
                i++;
                segment = i;
            }
            else if (c == ',' && IsThousandsGroup(text, segment, i, end))
            {
                i++;
                segment = i;
            }
            else if (CharKinds.IsApostrophe(c) && CharKinds.IsLetter(next))
            {
                // "didn't": the word ends before the n, which starts "n't".
                if (i - 1 > start && (text[i - 1] | 0x20) == 'n' && IsNegation(text, i - 1, end)) return i - 1;
                if (CliticLength(text, i, end) > 0) break;
                i++; // O'Brien, d'Ivoire, Sana'a
            }
            else break;
        }
        if (i < end && text[i] == '.' && KeepsStop(text, start, segment, i, end, dotted)) i++;
        return i;
    }

    /// <summary>
    /// The length of a clitic at <paramref name="i"/> (an apostrophe after a word): <c>'s 'm 'd 're 've 'll</c>, or 0.
    /// </summary>
    public static int CliticLength(string text, int i, int end)
    {
        if (i + 1 >= end || !CharKinds.IsApostrophe(text[i])) return 0;
        var a = (char)(text[i + 1] | 0x20);
        var length = a is 's' or 'm' or 'd' ? 2
            : i + 2 < end && ((a == 'r' || a == 'v') && (text[i + 2] | 0x20) == 'e' || a == 'l' && (text[i + 2] | 0x20) == 'l') ? 3
            : 0;
        return length > 0 && (i + length >= end || !CharKinds.IsWordChar(text[i + length])) ? length : 0;
    }

    /// <summary><c>n't</c> at <paramref name="i"/>, followed by a non-word character.</summary>
    private static bool IsNegation(string text, int i, int end) =>
        i + 2 < end && (text[i] | 0x20) == 'n' && CharKinds.IsApostrophe(text[i + 1]) && (text[i + 2] | 0x20) == 't'
        && (i + 3 >= end || !CharKinds.IsWordChar(text[i + 3]));

    /// <summary>A stop inside a word: a decimal point, <c>U.S</c>/<c>e.g</c>, <c>Ph.D</c>, or a lower-case domain part.</summary>
    private static bool JoinsAtStop(string text, int segment, int dot, int end)
    {
        var before = text[dot - 1];
        var after = text[dot + 1];
        if (CharKinds.IsDigit(before)) return CharKinds.IsDigit(after);
        if (!CharKinds.IsLetter(before) || !CharKinds.IsLetter(after)) return false;
        return dot - segment == 1 || CharKinds.IsLower(after) || dot + 2 < end && text[dot + 2] == '.';
    }

    /// <summary><c>1,000</c>: a comma after up to three digits, followed by exactly three digits.</summary>
    private static bool IsThousandsGroup(string text, int segment, int comma, int end)
    {
        if (comma - segment is < 1 or > 3 || comma + 3 >= end) return false;
        for (var k = segment; k < comma; k++)
            if (!CharKinds.IsDigit(text[k])) return false;
        for (var k = comma + 1; k <= comma + 3; k++)
            if (!CharKinds.IsDigit(text[k])) return false;
        return comma + 4 >= end || !CharKinds.IsDigit(text[comma + 4]);
    }

    /// <summary>Whether the stop at <paramref name="dot"/> belongs to the word <c>text[start..dot]</c>.</summary>
    private static bool KeepsStop(string text, int start, int segment, int dot, int end, bool dotted)
    {
        var word = text.AsSpan(start, dot - start);
        if (dotted) return dot - segment <= 2 && AllLetters(text, segment, dot);
        if (word.Length == 1) return CharKinds.IsUpper(word[0]);
        var kind = Abbreviations.Lookup(word);
        if (kind == AbbreviationKind.None) return false;
        return !Abbreviations.NeedsFollowingNumber(word) || NumberFollows(text, dot + 1, end);
    }

    private static bool AllLetters(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (!CharKinds.IsLetter(text[k])) return false;
        return true;
    }

    private static bool NumberFollows(string text, int i, int end)
    {
        while (i < end && text[i] is ' ' or '\u00A0') i++;
        return i < end && CharKinds.IsDigit(text[i]);
    }
}
