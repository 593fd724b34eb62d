using System.Globalization;

namespace Entente.Text;

/// <summary>Character classes the tokenizer needs, with an ASCII fast path (most news text is ASCII).</summary>
internal static class CharKinds
{
    private const byte Space = 1, Word = 2, Upper = 4, Lower = 8, Digit = 16;

    private static readonly byte[] Ascii = BuildAscii();

    private static byte[] BuildAscii()
    {
        var table = new byte[128];
        for (var c = 0; c < 128; c++)
        {
            var ch = (char)c;
            if (char.IsWhiteSpace(ch) || char.IsControl(ch)) table[c] |= Space;
            if (char.IsAsciiLetterOrDigit(ch)) table[c] |= Word;
            if (char.IsAsciiLetterUpper(ch)) table[c] |= Upper;
            if (char.IsAsciiLetterLower(ch)) table[c] |= Lower;
            if (char.IsAsciiDigit(ch)) table[c] |= Digit;
        }
        return table;
    }

    /// <summary>Whitespace, control characters and the invisible format characters that sneak into web text.</summary>
    public static bool IsSpace(char c) =>
        c < 128 ? (Ascii[c] & Space) != 0
        : char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' || char.IsControl(c);

    /// <summary>Letters, digits and combining marks (decomposed accents stay inside their word).</summary>
    public static bool IsWordChar(char c)
    {
        if (c < 128) return (Ascii[c] & Word) != 0;
        if (char.IsLetterOrDigit(c)) return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    public static bool IsDigit(char c) => c < 128 ? (Ascii[c] & Digit) != 0 : char.IsDigit(c);

    public static bool IsUpper(char c) => c < 128 ? (Ascii[c] & Upper) != 0 : char.IsUpper(c);

    public static bool IsLower(char c) => c < 128 ? (Ascii[c] & Lower) != 0 : char.IsLower(c);

    public static bool IsLetter(char c) => c < 128 ? (Ascii[c] & (Upper | Lower)) != 0 : char.IsLetter(c);

    /// <summary>A hyphen that can join two word parts (<c>visa-free</c>).</summary>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>Hyphens and dashes; a run of them is one token (<c>--</c>, <c>—</c>).</summary>
    public static bool IsDash(char c) => c is '-' or (>= '\u2010' and <= '\u2015') or '\u2212';

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>How many line breaks <c>text[i]</c> counts for; a paragraph break is two or more in one gap.</summary>
    public static int LineBreakWeight(string text, int i) => text[i] switch
    {
        '\n' or '\u0085' or '\u2028' => 1,
        '\r' => i + 1 < text.Length && text[i + 1] == '\n' ? 0 : 1,
        '\u2029' => 2,
        _ => 0,
    };

    /// <summary>The character a token's <see cref="Token.Norm"/> uses: lower case, typographic marks folded to ASCII.</summary>
    public static char Fold(char c) => c switch
    {
        < '\u0080' => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c,
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u02BC' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        _ => char.ToLowerInvariant(c),
    };
}
