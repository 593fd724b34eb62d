using Entente.Dictionaries;
using Entente.Text;

namespace Entente.Recognition;

/// <summary>
/// Where people's names and titles start and end in a token stream: a title before a name (with its tail, "Under
/// Secretary for Political Affairs"), an apposition after it, a name run that may absorb a family name the
/// dictionaries know as someone else or as a place ("Carlos Correa", "Ana Lima"), all keyed on given names.
/// </summary>
public sealed class PersonNameFinder(Lexicon lexicon)
{
    private const int MaxNameTokens = 5;

    /// <summary>
    /// The end of a title after an apposition comma (<c>Belarusian Minister of Foreign Affairs</c>), when the title
    /// holds a role noun and is closed by a comma, the sentence end or a verb-like word; else 0.
    /// </summary>
    public int TitleRunEnd(Token[] tokens, int k, int end, Dictionary<int, Mention> at)
    {
        var hasAgent = false;
        var i = k;
        // ", and Foreign Minister X" starts the next list member, not a title.
        if (k < end && tokens[k].Norm is "and" or "or") return 0;
        while (i < end && i - k < 14)
        {
            if (at.TryGetValue(i, out var m) && m.Entry.Kind is not LexKind.Person)
            {
                hasAgent |= m.Entry.Kind == LexKind.Agent;
                i = m.End;
                continue;
            }
            var norm = tokens[i].Norm;
            // A given name before another capitalized word starts a new person: the title has ended.
            if (i > k && IsGivenName(tokens[i]) && i + 1 < end && tokens[i + 1].IsCapitalized) break;
            if (norm is "the" or "a" or "an" || norm is "of" or "for" or "and" or "'s" || (tokens[i].IsCapitalized && tokens[i].IsWord && !lexicon.Closed.ContainsKey(norm)))
            {
                i++;
                continue;
            }
            break;
        }
        if (!hasAgent || i == k) return 0;
        // An apposition closes with punctuation or goes straight on to the verb; "to"/"for" + more title is a list.
        return i >= end || tokens[i].Norm is "," or ";" or ")" || lexicon.VerbForms.ContainsKey(tokens[i].Norm)
            || (!tokens[i].IsCapitalized && !lexicon.Is(tokens[i].Norm, WordClass.Preposition)) ? i : 0;
    }

    public bool IsGivenName(Token token) =>
        token.IsWord && token.IsCapitalized && lexicon.Dictionaries.GivenNames.Contains(token.Norm);

    /// <summary>Where a person's name starts after a title's tail (a given name before another capitalized word), or -1.</summary>
    public int NameAfterTitleTail(Token[] tokens, int k, int end, Dictionary<int, Mention> at)
    {
        const int MaxTail = 18;
        for (var j = k; j < end && j - k <= MaxTail; j++)
        {
            var t = tokens[j];
            if (j > k && at.TryGetValue(j, out var person) && person.Entry.Kind == LexKind.Person) return j;
            if (j > k && IsGivenName(t) && j + 1 < end && tokens[j + 1].IsCapitalized && tokens[j + 1].IsWord
                && (!at.TryGetValue(j, out var given) || given.Entry.Kind == LexKind.Place)) return j;
            // ", and Foreign Minister ..." starts the next list member: a tail never runs into another title.
            if (j == k && t.Norm is "," or "and") return -1;
            if (t.Norm is "," or "and" && j + 1 < end && at.TryGetValue(j + 1, out var next) && next.Entry.Kind == LexKind.Agent) return -1;
            var titleWord = (t.IsWord && t.IsCapitalized) || t.Norm is "of" or "for" or "to" or "the" or "and" or "in" or "on" or "," or "'s" or "-" or "&";
            if (!titleWord) return -1;
        }
        return -1;
    }

    public int NameRunEnd(Token[] tokens, int k, int end, Dictionary<int, Mention> at)
    {
        var i = k;
        while (i < end && i - k < MaxNameTokens && IsNameWord(tokens[i]))
        {
            // A known family name after an unknown given name is someone else ("Carlos Correa" is not Rafael
            // Correa): the name run absorbs a one-word person alias, but stops at any other dictionary phrase.
            // A given name makes the words after it a name even where they are places too ("Ana Lima").
            var givenStart = IsGivenName(tokens[k]);
            if (at.TryGetValue(i, out var m) && !(m.End == i + 1 && ((i > k && m.Entry.Kind == LexKind.Person)
                    || (givenStart && m.Entry.Kind == LexKind.Place))))
                break;
            i++;
        }
        // "Joseph R. Biden, Jr." keeps its suffix.
        if (i + 1 < end && tokens[i].Norm == "," && tokens[i + 1].Norm is "jr." or "sr.") i += 2;
        return i;
    }

    public bool IsNameWord(Token token) =>
        token.IsWord && token.IsCapitalized && (token.Flags & TokenFlags.Number) == 0 && !lexicon.Closed.ContainsKey(token.Norm)
        && !lexicon.VerbForms.ContainsKey(token.Norm);
}
