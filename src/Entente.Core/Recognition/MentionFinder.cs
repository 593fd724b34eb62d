using Entente.Dictionaries;
using Entente.Text;

namespace Entente.Recognition;

/// <summary>The longest-match dictionary pass over one sentence's tokens, before any grammar.</summary>
public static class MentionFinder
{
    /// <summary>
    /// Fills <paramref name="at"/> (indexed from <paramref name="start"/>) with the mention covering each token,
    /// and returns the mentions in text order.
    /// </summary>
    public static List<Mention> Find(Lexicon lexicon, Token[] tokens, int start, int end)
    {
        var found = new List<Mention>();
        var i = start;
        while (i < end)
        {
            if (!tokens[i].IsWord)
            {
                i++;
                continue;
            }
            var length = lexicon.Names.LongestMatch(i, end, k => tokens[k].Norm, out var values);
            var entry = length > 0 ? Choose(values, tokens[i]) : null;
            if (entry is null || (entry.Kind == LexKind.Person && length == 1 && InsideOtherName(lexicon, tokens, i, start, end, entry.Person!, found)))
            {
                i++;
                continue;
            }
            found.Add(new Mention(i, i + length, entry));
            i += length;
        }
        return found;
    }

    /// <summary>
    /// Whether a one-word person alias (a family name) stands inside someone else's longer name: after a given
    /// name or initials that are not the person's own ("Eliot Kang", "C.S. Eliot Kang" are not Kang Kyung-wha; "Joseph
    /// R. Biden" is Biden), or before further capitalized name words the dictionaries don't know ("Choi Jong Kun" is
    /// not Choi Sang-mok). A title-case headline ("Lavrov Says ...") is not read for the words after the name.
    /// </summary>
    private static bool InsideOtherName(Lexicon lexicon, Token[] tokens, int i, int start, int end, Person person, List<Mention> found)
    {
        const int MaxNameWordsBefore = 3;
        var floor = Math.Max(start, found.Count > 0 ? found[^1].End : start);
        bool own = false, other = false;
        for (var j = i - 1; j >= floor && i - j <= MaxNameWordsBefore; j--)
        {
            var t = tokens[j];
            if (!t.IsWord || !t.IsCapitalized) break;
            if (IsInitial(t.Norm))
            {
                if (lexicon.IsInitialOf(person, t.Norm)) own = true; else other = true;
                continue;
            }
            if (!lexicon.Dictionaries.GivenNames.Contains(t.Norm)) break;
            if (lexicon.IsNameWordOf(person, t.Norm)) own = true; else other = true;
        }
        if (own) return false;
        if (other) return true;
        if (i + 1 >= end || IsTitleCase(lexicon, tokens, start, end)) return false;
        var next = tokens[i + 1];
        if (!next.IsWord || !next.IsCapitalized || (next.Flags & TokenFlags.Number) != 0 || lexicon.Closed.ContainsKey(next.Norm)
            || lexicon.VerbForms.ContainsKey(next.Norm) || CalendarWords.IsCalendarWord(next) || IsInitial(next.Norm)
            || lexicon.IsNameWordOf(person, next.Norm))
            return false;
        // "President Ramaphosa Trudi Makhaya": a given name and a family name after the alias are the next person.
        if (lexicon.Dictionaries.GivenNames.Contains(next.Norm) && i + 2 < end && tokens[i + 2].IsWord && tokens[i + 2].IsCapitalized)
            return false;
        // A dictionary phrase after the name is something else ("Lavrov Foundation", "Putin regime").
        return lexicon.Names.LongestMatch(i + 1, end, k => tokens[k].Norm, out _) == 0;
    }

    /// <summary><c>j.</c>, <c>c.s.</c>: one-letter parts each closed by a stop.</summary>
    private static bool IsInitial(string norm)
    {
        // "H.E." (His Excellency) is an honorific, not initials.
        if (norm.Length < 2 || norm[^1] != '.' || norm == "h.e.") return false;
        foreach (var part in norm[..^1].Split('.'))
            if (part.Length != 1 || !char.IsLetter(part[0])) return false;
        return true;
    }

    /// <summary>A headline in title case: every word that is not a grammar word is capitalized.</summary>
    private static bool IsTitleCase(Lexicon lexicon, Token[] tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            var t = tokens[k];
            if (t.IsWord && !t.IsCapitalized && (t.Flags & TokenFlags.Number) == 0 && !lexicon.Closed.ContainsKey(t.Norm)) return false;
        }
        return true;
    }

    /// <summary>
    /// Picks what an ambiguous phrase names: proper names need a capital letter; a person beats an organization,
    /// which beats a state, a building, a place, an adjective and a role noun.
    /// </summary>
    private static LexEntry? Choose(IReadOnlyList<LexEntry> values, Token first)
    {
        LexEntry? best = null;
        foreach (var v in values)
        {
            if (v.NeedsCapital && !first.IsCapitalized) continue;
            if (v.AllCaps && (first.Flags & TokenFlags.AllCaps) == 0) continue;
            if (best is null || Rank(v.Kind) < Rank(best.Kind)) best = v;
        }
        return best;
    }

    private static int Rank(LexKind kind) => kind switch
    {
        LexKind.Person => 0,
        LexKind.Organization => 1,
        LexKind.Country or LexKind.Coded => 2,
        LexKind.Metonym => 3,
        LexKind.Place => 4,
        LexKind.Demonym => 5,
        _ => 6,
    };
}
