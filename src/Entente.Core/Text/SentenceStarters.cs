using System.Collections.Frozen;

namespace Entente.Text;

/// <summary>
/// Words that typically open a sentence. After an ambiguous stop (<c>U.S.</c>, <c>Jan.</c>, an initial) a capitalized
/// one of these means a new sentence (<c>in the U.S. The minister</c>), while a name keeps going (<c>U.S. officials</c>).
/// </summary>
internal static class SentenceStarters
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "you", "his", "her",
        "its", "their", "our", "my", "your", "there", "here", "in", "on", "at", "as", "by", "for", "from", "with",
        "after", "before", "during", "since", "while", "when", "where", "why", "how", "what", "who", "which", "if",
        "although", "though", "but", "and", "or", "so", "yet", "however", "meanwhile", "moreover", "furthermore",
        "also", "still", "today", "yesterday", "tomorrow", "earlier", "later", "now", "then", "both", "each", "every",
        "all", "some", "many", "most", "such", "other", "another", "under", "over", "through", "following",
        "according", "despite", "last", "next", "several", "thus", "instead", "indeed", "finally", "first",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool Contains(Token token) => token.IsCapitalized && Words.Contains(token.Norm);
}
