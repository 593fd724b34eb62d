using Entente.Text;

namespace Entente.Compatibility.Tabari;

/// <summary>One sentence as the TABARI coder sees it: tokens, mentions and phrases, with lookups between them.</summary>
internal sealed class TabariSentenceView
{
    private readonly Dictionary<TabariMention, TabariPhrase> _phraseOf = [];

    public TabariSentenceView(Token[] tokens, int start, int end, List<TabariMention> mentions, List<TabariPhrase> phrases, Func<Token, bool> isNounWord, Recognition.Lexicon lexicon)
    {
        Tokens = tokens;
        Start = start;
        End = end;
        Mentions = mentions;
        Phrases = phrases;
        IsNounWord = isNounWord;
        Lexicon = lexicon;
        foreach (var m in mentions) MentionAt[m.Start] = m;
        foreach (var p in phrases)
            foreach (var m in p.Mentions) _phraseOf[m] = p;
    }

    public Token[] Tokens { get; }
    public int Start { get; }
    public int End { get; }
    public List<TabariMention> Mentions { get; }
    public List<TabariPhrase> Phrases { get; }
    public Dictionary<int, TabariMention> MentionAt { get; } = [];
    public Recognition.Lexicon Lexicon { get; }

    /// <summary>A determiner or modifier: a word of a noun phrase that names no actor.</summary>
    public Func<Token, bool> IsNounWord { get; }

    /// <summary>
    /// The end of the noun phrase that starts at the first noun word at or after <paramref name="pos"/> (grammar words
    /// before it are passed over): a mention, or a run of modifiers. -1 when none starts there.
    /// </summary>
    public (int Start, int End) NounPhraseAfter(int pos)
    {
        var t = pos;
        while (t < End && !MentionAt.ContainsKey(t) && !IsNounWord(Tokens[t])) t++;
        var u = t;
        while (u < End && !MentionAt.ContainsKey(u) && Tokens[u].Norm is "the" or "a" or "an") u++;
        if (u < End && MentionAt.TryGetValue(u, out var m)) return (t, m.End);
        while (u < End && !MentionAt.ContainsKey(u) && IsNounWord(Tokens[u])) u++;
        return u > t ? (t, u) : (-1, -1);
    }

    /// <summary>The start of the noun phrase ending at or before <paramref name="pos"/> (inclusive), or -1.</summary>
    public int NounPhraseBefore(int pos, int lowest)
    {
        var t = pos;
        var mentionEnd = Mentions.LastOrDefault(m => m.End - 1 <= pos && m.Start >= lowest);
        while (t >= lowest && !IsNounWord(Tokens[t]) && (mentionEnd is null || mentionEnd.End - 1 < t)) t--;
        if (t < lowest) return -1;
        if (mentionEnd is not null && mentionEnd.End - 1 == t) return mentionEnd.Start;
        var s = t;
        while (s - 1 >= lowest && IsNounWord(Tokens[s - 1]) && !Mentions.Any(m => m.End - 1 == s - 1)) s--;
        return s;
    }

    public TabariPhrase? PhraseOf(TabariMention mention) => _phraseOf.GetValueOrDefault(mention);
}
