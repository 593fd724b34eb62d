using Entente.Dictionaries;
using Entente.Recognition;

namespace Entente.Compatibility.Tabari;

/// <summary>An actor or agent phrase of the dictionaries found in a sentence: tokens <c>[Start, End)</c>.</summary>
internal sealed record TabariMention(int Start, int End, LexEntry Entry)
{
    public bool IsActor => Entry.Kind == LexKind.Coded;
    public Agent? Agent => Entry.Agent;

    /// <summary>The actor's code on <paramref name="date"/> by the TABARI rule; null for an agent or a <c>---</c> code.</summary>
    public string? CodeOn(DateOnly date) => Entry.Coded?.CodeOn(date) is { } code && code != TabariCodes.None ? code : null;
}

/// <summary>Finds actor and agent phrases: the longest dictionary match at each word, in any case (TABARI ignores case).</summary>
internal static class TabariMentions
{
    public static List<TabariMention> Find(Lexicon lexicon, Text.Token[] tokens, int start, int end)
    {
        var found = new List<TabariMention>();
        var i = start;
        while (i < end)
        {
            if (!tokens[i].IsWord) { i++; continue; }
            var limit = end;
            TabariMention? mention = null;
            // Entente's own names (countries.txt) share the trie: step down to the longest imported phrase.
            while (mention is null && limit > i)
            {
                var length = lexicon.Names.LongestMatch(i, limit, k => tokens[k].Norm, out var values);
                if (length == 0) break;
                var entry = values.FirstOrDefault(v => v.Kind == LexKind.Coded) ?? values.FirstOrDefault(v => v.Kind == LexKind.Agent);
                if (entry is not null) mention = new TabariMention(i, i + length, entry);
                limit = i + length - 1;
            }
            if (mention is null) { i++; continue; }
            found.Add(mention);
            i = mention.End;
        }
        return found;
    }
}
