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
            if (entry is null)
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
