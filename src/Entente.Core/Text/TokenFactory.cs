namespace Entente.Text;

/// <summary>Builds tokens: their flags and <see cref="Token.Norm"/>, with shared strings for one-character norms.</summary>
internal static class TokenFactory
{
    private static readonly string[] AsciiStrings = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    public static Token Word(string text, int start, int end, TokenFlags flags)
    {
        var first = text[start];
        bool hasLetter = false, hasLower = false, numeric = CharKinds.IsDigit(first);
        for (var k = start; k < end; k++)
        {
            var c = text[k];
            if (CharKinds.IsLetter(c))
            {
                hasLetter = true;
                hasLower |= CharKinds.IsLower(c);
            }
            numeric &= CharKinds.IsDigit(c) || c is ',' or '.';
        }
        flags |= TokenFlags.Word;
        if (numeric) flags |= TokenFlags.Number;
        if (CharKinds.IsUpper(first)) flags |= TokenFlags.Capitalized;
        if (hasLetter && !hasLower) flags |= TokenFlags.AllCaps;
        return new Token(start, end, Fold(text, start, end), flags);
    }

    public static Token Punctuation(string text, int start, int end, TokenFlags flags)
    {
        var first = text[start];
        var norm = first is '.' or '\u2026' && (end - start > 1 || first == '\u2026') ? "..."
            : CharKinds.IsDash(first) ? "-"
            : Fold(text, start, end);
        return new Token(start, end, norm, flags | TokenFlags.Punctuation);
    }

    private static string Fold(string text, int start, int end)
    {
        if (end - start == 1)
        {
            var c = CharKinds.Fold(text[start]);
            return c < 128 ? AsciiStrings[c] : c.ToString();
        }
        return string.Create(end - start, (text, start), static (span, state) =>
        {
            for (var k = 0; k < span.Length; k++) span[k] = CharKinds.Fold(state.text[state.start + k]);
        });
    }
}
