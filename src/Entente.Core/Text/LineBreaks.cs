using System.Collections.Frozen;

namespace Entente.Text;

/// <summary>
/// Single line breaks inside a paragraph: a headline or list line without final punctuation is its own sentence,
/// but hard-wrapped prose (where lines often continue in lower case) is not cut at every line.
/// </summary>
internal static class LineBreaks
{
    // A line ending on one of these continues on the next line.
    private static readonly FrozenSet<string> Continuing = new[]
    {
        ",", "-", "(", "[", "/", "&", "and", "or", "nor", "but", "of", "the", "a", "an", "to", "in", "on", "for",
        "with", "by", "at", "from", "as", "that", "which", "who", "than",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool Between(string text, Token before, Token after)
    {
        for (var k = before.End; k < after.Start; k++)
            if (text[k] is '\n' or '\r' or '\u2028' or '\u0085') return true;
        return false;
    }

    /// <summary>Whether a paragraph's lines are wrapped prose: two or more breaks, a third of them before lower case.</summary>
    public static bool IsWrapped(string text, Token[] tokens, TokenRange paragraph)
    {
        int breaks = 0, lower = 0;
        for (var i = paragraph.First + 1; i < paragraph.End; i++)
        {
            if (!Between(text, tokens[i - 1], tokens[i])) continue;
            breaks++;
            if (IsLowerWord(tokens[i])) lower++;
        }
        return breaks >= 2 && lower * 3 >= breaks;
    }

    /// <summary>Whether a line break before token <paramref name="i"/> ends the sentence.</summary>
    public static bool Splits(Token[] tokens, int i) =>
        !IsLowerWord(tokens[i]) && !Continuing.Contains(tokens[i - 1].Norm);

    public static bool IsLowerWord(Token token) =>
        token.IsWord && !token.IsCapitalized && CharKinds.IsLetter(token.Norm[0]);
}
