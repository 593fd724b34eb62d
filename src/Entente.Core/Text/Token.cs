namespace Entente.Text;

[Flags]
public enum TokenFlags : byte
{
    None = 0,
    /// <summary>Letters or digits (a word, a number, an abbreviation like <c>U.S.</c>).</summary>
    Word = 1,
    /// <summary>Only digits, separators and a decimal point (<c>17</c>, <c>1,000</c>, <c>3.5</c>).</summary>
    Number = 2,
    /// <summary>Punctuation or a symbol: <c>, . ; : ( ) " ' —</c>.</summary>
    Punctuation = 4,
    /// <summary>The first letter is upper case.</summary>
    Capitalized = 8,
    /// <summary>Every letter is upper case (<c>NATO</c>, <c>SECRETARY</c>).</summary>
    AllCaps = 16,
    /// <summary>The token starts a paragraph.</summary>
    ParagraphStart = 32,
}

/// <summary>
/// A token: a view of <c>[Start, End)</c> of the article text. <see cref="Norm"/> is the lower-cased form with
/// typographic quotes and dashes folded (<c>’s</c> → <c>'s</c>, <c>–</c> → <c>-</c>); dictionaries match on it.
/// </summary>
public readonly record struct Token(int Start, int End, string Norm, TokenFlags Flags)
{
    public TextSpan Span => new(Start, End);
    public bool IsWord => (Flags & TokenFlags.Word) != 0;
    public bool IsPunctuation => (Flags & TokenFlags.Punctuation) != 0;
    public bool IsCapitalized => (Flags & TokenFlags.Capitalized) != 0;
}
