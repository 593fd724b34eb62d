using Entente.Dictionaries;

namespace Entente.Compatibility.Tabari;

/// <summary>
/// PETRARCH-1's new actors: a noun phrase that names no dictionary actor, written in capitals and quoted
/// (<c>"THE MINISTRY OF MAGIC"</c>), when it has at most <c>new_actor_length</c> words (a possessive <c>'s</c> is dropped).
/// </summary>
internal static class NewActors
{
    /// <summary>The noun phrase ending at <paramref name="last"/>, right before a verb, and where it starts.</summary>
    public static (TabariActor? Actor, int Start) Before(TabariSentenceView view, int from, int last, int maxWords)
    {
        if (last < from || !IsWord(view, last)) return (null, -1);
        var t = last;
        while (t - 1 >= from && (IsWord(view, t - 1) || view.Tokens[t - 1].Norm is "'s" or "'")) t--;
        return (Make(view, t, last + 1, maxWords), t);
    }

    /// <summary>The first noun phrase after <paramref name="from"/> (past prepositions), before <paramref name="limit"/>.</summary>
    public static TabariActor? After(TabariSentenceView view, int from, int limit, int maxWords)
    {
        var t = from;
        while (t < limit && view.Lexicon.Is(view.Tokens[t].Norm, WordClass.Preposition)) t++;
        var end = t;
        while (end < limit && (IsWord(view, end) || (view.Tokens[end].Norm == "of" && end + 1 < limit && IsWord(view, end + 1)))) end++;
        return Make(view, t, end, maxWords);
    }

    private static bool IsWord(TabariSentenceView view, int t) => !view.MentionAt.ContainsKey(t) && view.IsNounWord(view.Tokens[t]);

    private static TabariActor? Make(TabariSentenceView view, int start, int end, int maxWords)
    {
        var words = new List<string>();
        for (var t = start; t < end; t++)
            if (view.Tokens[t].Norm is not ("'s" or "'")) words.Add(view.Tokens[t].Norm.ToUpperInvariant());
        if (words.Count == 0 || words.Count > maxWords) return null;
        var text = string.Join(' ', words);
        return new TabariActor($"\"{text}\"", null, text);
    }
}
