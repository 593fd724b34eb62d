namespace Entente.Text;

/// <summary>A paragraph as a token range <c>[First, End)</c>.</summary>
internal readonly record struct TokenRange(int First, int End)
{
    public int Count => End - First;
}

/// <summary>Paragraphs recovered from <see cref="TokenFlags.ParagraphStart"/>: the tokenizer already saw the blank lines.</summary>
internal static class Paragraphs
{
    public static TokenRange[] Of(Token[] tokens)
    {
        if (tokens.Length == 0) return [];
        var ranges = new List<TokenRange>();
        var first = 0;
        for (var i = 1; i < tokens.Length; i++)
        {
            if ((tokens[i].Flags & TokenFlags.ParagraphStart) == 0) continue;
            ranges.Add(new TokenRange(first, i));
            first = i;
        }
        ranges.Add(new TokenRange(first, tokens.Length));
        return ranges.ToArray();
    }
}
