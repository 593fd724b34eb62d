using Entente.Dictionaries;
using Entente.Recognition;
using Entente.Text;

namespace Entente.Compatibility.Tabari;

/// <summary>
/// Groups mentions into noun phrases the way TABARI reads them: a phrase runs over determiners, modifiers, possessive
/// <c>'s</c> and mentions; <c>of</c> and coordination (<c>,</c>, <c>and</c>, <c>or</c>, <c>nor</c>) continue it when another
/// mention follows; <c>in</c>/<c>from</c> continue it after role nouns alone (<c>Soldiers from Gondor</c>). Verbs,
/// other prepositions, pronouns and clause punctuation end it.
/// </summary>
internal sealed class TabariPhraseBuilder(Lexicon lexicon)
{
    private const int MaxParenthesis = 6;

    public List<TabariPhrase> Build(Token[] tokens, int start, int end, Dictionary<int, TabariMention> mentionAt)
    {
        var phrases = new List<TabariPhrase>();
        var i = start;
        while (i < end)
        {
            if (!mentionAt.ContainsKey(i) && !IsDeterminer(tokens[i]) && !IsModifier(tokens[i])) { i++; continue; }
            var j = i;
            var lastMentionEnd = -1;
            var onlyAgents = true;
            while (j < end)
            {
                if (mentionAt.TryGetValue(j, out var m))
                {
                    onlyAgents &= !m.IsActor;
                    j = lastMentionEnd = m.End;
                    continue;
                }
                var norm = tokens[j].Norm;
                if (IsDeterminer(tokens[j]) || IsModifier(tokens[j]) || norm is "'s" or "'" or "-") { j++; continue; }
                if (norm == "(" && ParenthesisEnd(tokens, j, end, mentionAt) is var close and > 0) { j = close; continue; }
                // A comma joins only a list that closes with "and"/"or" ("Mordor, Rohan and Bree"), not an apposition.
                var joins = norm is "of" || (IsConnector(norm) && (norm != "," || ListCloses(tokens, j, end, mentionAt))) || (norm is "in" or "from" && onlyAgents);
                if (joins && lastMentionEnd >= 0 && MentionAhead(tokens, j + 1, end, mentionAt)) { j++; continue; }
                break;
            }
            if (lastMentionEnd < 0) { i = Math.Max(j, i + 1); continue; }
            phrases.Add(Structure(tokens, i, lastMentionEnd, mentionAt) with { Extent = ModifiersEnd(tokens, lastMentionEnd, j, mentionAt) });
            i = lastMentionEnd;
        }
        return phrases;
    }

    /// <summary>Role nouns before <c>of</c>/<c>in</c>/<c>from</c> are shared by the members after it; else members split at connectors.</summary>
    private static TabariPhrase Structure(Token[] tokens, int start, int end, Dictionary<int, TabariMention> mentionAt)
    {
        var sawAgent = false;
        for (var k = start; k < end; k++)
        {
            if (mentionAt.TryGetValue(k, out var m))
            {
                if (m.IsActor) break;
                sawAgent = true;
                k = m.End - 1;
                continue;
            }
            if (sawAgent && tokens[k].Norm is "of" or "in" or "from")
            {
                return new TabariPhrase(start, end, Members(tokens, k + 1, end, mentionAt), Members(tokens, start, k, mentionAt));
            }
        }
        return new TabariPhrase(start, end, Members(tokens, start, end, mentionAt), []);
    }

    /// <summary>
    /// Splits at a connector that follows a mention (<c>Danish media and government</c>) or that is followed by an
    /// actor of its own (<c>Ithilen's sheep and goats of Gondor</c>), not between modifiers (<c>awful and evil minister
    /// Calimehtar</c>, where the name after the role noun is the same person).
    /// </summary>
    private static List<TabariMember> Members(Token[] tokens, int start, int end, Dictionary<int, TabariMention> mentionAt)
    {
        var members = new List<TabariMember>();
        var memberStart = start;
        var mentions = new List<TabariMention>();
        var previousWasMention = false;
        var k = start;
        while (k < end)
        {
            if (mentionAt.TryGetValue(k, out var m))
            {
                mentions.Add(m);
                previousWasMention = true;
                k = m.End;
                continue;
            }
            if (IsConnector(tokens[k].Norm) && (previousWasMention || OwnActorAhead(tokens, k + 1, end, mentionAt)))
            {
                if (mentions.Count > 0) members.Add(new TabariMember(memberStart, k, mentions));
                mentions = [];
                while (k < end && IsConnector(tokens[k].Norm)) k++;
                memberStart = k;
                previousWasMention = false;
                continue;
            }
            previousWasMention = false;
            k++;
        }
        if (mentions.Count > 0) members.Add(new TabariMember(memberStart, end, mentions));
        return members;
    }

    /// <summary>An actor mention before the next connector that is not a name after a role noun (<c>minister Calimehtar</c>).</summary>
    private static bool OwnActorAhead(Token[] tokens, int k, int end, Dictionary<int, TabariMention> mentionAt)
    {
        var afterAgent = false;
        while (k < end && !IsConnector(tokens[k].Norm))
        {
            if (mentionAt.TryGetValue(k, out var m))
            {
                if (m.IsActor && !afterAgent) return true;
                afterAgent = !m.IsActor;
                k = m.End;
                continue;
            }
            afterAgent = false;
            k++;
        }
        return false;
    }

    /// <summary>After a comma: more list members, then <c>and</c>/<c>or</c>/<c>nor</c>, before the list ends.</summary>
    private bool ListCloses(Token[] tokens, int k, int end, Dictionary<int, TabariMention> mentionAt)
    {
        while (k < end)
        {
            if (mentionAt.TryGetValue(k, out var m)) { k = m.End; continue; }
            var norm = tokens[k].Norm;
            if (norm is "and" or "or" or "nor") return true;
            if (norm == "," || IsDeterminer(tokens[k]) || IsModifier(tokens[k]) || norm is "-" or "'s" or "'") { k++; continue; }
            return false;
        }
        return false;
    }

    private bool MentionAhead(Token[] tokens, int k, int end, Dictionary<int, TabariMention> mentionAt)
    {
        var start = k;
        while (k < end)
        {
            if (mentionAt.ContainsKey(k)) return true;
            var norm = tokens[k].Norm;
            if (k == start && IsConnector(norm)) { k++; continue; }
            if (IsDeterminer(tokens[k]) || IsModifier(tokens[k]) || norm is "-" || (norm == "of" && k > start)) { k++; continue; }
            return false;
        }
        return false;
    }

    private int ParenthesisEnd(Token[] tokens, int open, int end, Dictionary<int, TabariMention> mentionAt)
    {
        for (var k = open + 1; k < end && k - open <= MaxParenthesis; k++)
        {
            if (tokens[k].Norm == ")") return k + 1;
            if (!mentionAt.ContainsKey(k) && !IsModifier(tokens[k]) && !IsDeterminer(tokens[k])) return 0;
        }
        return 0;
    }

    /// <summary>The end of the modifiers right after the last mention (not past a connector or <c>of</c>).</summary>
    private int ModifiersEnd(Token[] tokens, int from, int limit, Dictionary<int, TabariMention> mentionAt)
    {
        var k = from;
        while (k < limit)
        {
            if (IsModifier(tokens[k]) || IsDeterminer(tokens[k]) || tokens[k].Norm is "'s" or "'" or "-") k++;
            else if (tokens[k].Norm == "(" && ParenthesisEnd(tokens, k, limit, mentionAt) is var close and > 0) k = close;
            else break;
        }
        return k;
    }

    /// <summary>A word that can stand in a noun phrase: a determiner or a modifier.</summary>
    public bool IsNounWord(Token token) => IsDeterminer(token) || IsModifier(token);

    private static bool IsConnector(string norm) => norm is "," or "and" or "or" or "nor";

    private bool IsDeterminer(Token token) =>
        token.Norm is not ("that" or "this" or "these" or "those" or "no") && lexicon.Is(token.Norm, WordClass.Determiner);

    /// <summary>An adjective, noun, name or number: a word that is neither a grammar word nor a verb the dictionary knows.</summary>
    private bool IsModifier(Token token) =>
        token.IsWord && !lexicon.Closed.ContainsKey(token.Norm) && !lexicon.VerbForms.ContainsKey(token.Norm);
}
