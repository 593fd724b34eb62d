using System.Collections.Frozen;
using Entente.Dictionaries;
using Entente.Recognition;
using Entente.Text;

namespace Entente.Compatibility.Tabari;

/// <summary>
/// Finds the verbs of a sentence that the verb dictionary knows, and tells them from nouns of the same form the way
/// a parser's part-of-speech tags would: after a determiner, or as a bare present form that no subject precedes
/// (<c>an anti- Gondor parade</c>), the word is a noun. Auxiliaries and modals are never the verb (<c>should</c>).
/// </summary>
internal sealed class TabariVerbFinder(Lexicon lexicon, FrozenDictionary<string, FrozenSet<string>> joinedBefore, FrozenSet<string> listedForms)
{
    private const int GroupWindow = 7;

    public List<TabariVerb> Find(Token[] tokens, int start, int end, Dictionary<int, TabariMention> mentionAt, IReadOnlyList<TabariPhrase> phrases)
    {
        var covered = new HashSet<int>();
        foreach (var m in mentionAt.Values)
            for (var t = m.Start; t < m.End; t++) covered.Add(t);
        var phraseByEnd = new Dictionary<int, TabariPhrase>();
        foreach (var p in phrases) { phraseByEnd[p.End] = p; phraseByEnd.TryAdd(p.Extent, p); }

        var verbs = new List<TabariVerb>();
        for (var k = start; k < end; k++)
        {
            var norm = tokens[k].Norm;
            if (covered.Contains(k) || !lexicon.VerbForms.TryGetValue(norm, out var forms)) continue;
            if (lexicon.Is(norm, WordClass.Auxiliary) || lexicon.Is(norm, WordClass.Modal)) continue;
            if (Analyse(tokens, start, k, forms, verbs, phraseByEnd) is { } verb) verbs.Add(verb);
        }
        return verbs;
    }

    private TabariVerb? Analyse(Token[] tokens, int start, int k, VerbForm[] forms, List<TabariVerb> earlier, Dictionary<int, TabariPhrase> phraseByEnd)
    {
        var i = k - 1;
        // A multi-word verb's words before the verb word belong to it ("wire tap").
        if (joinedBefore.TryGetValue(forms[0].Lemma, out var joined))
            while (i >= start && joined.Contains(tokens[i].Norm) && !lexicon.Closed.ContainsKey(tokens[i].Norm)) i--;
        bool aux = false, be = false, to = false;
        while (i >= start && k - i <= GroupWindow)
        {
            var norm = tokens[i].Norm;
            if (IsAdverb(tokens, i)) { i--; continue; }
            if (lexicon.Is(norm, WordClass.Modal) || (norm == "ca" && i + 1 < k && tokens[i + 1].Norm == "n't")) aux = true;
            else if (lexicon.Is(norm, WordClass.Auxiliary)) { aux = true; be |= norm is "be" or "is" or "are" or "was" or "were" or "been" or "being" or "am"; }
            else if (norm == "to" && !aux) { to = true; i--; break; }
            else break;
            i--;
        }
        var form = VerbFormChooser.Pick(forms, be, aux, to, infinitiveMustBeBase: false);
        if (form is not { } f) return null;
        // After "be" only a participle is a verb: "will be free" is an adjective. A family named by its past form
        // (SHOT, DRAWN) has that form as its "base" unless the dictionary lists the verb's real forms.
        if (be && f.Inflection == VerbInflection.Base && (listedForms.Contains(f.Lemma) || !LooksLikeParticiple(f.Lemma))) return null;
        if (!aux && !to)
        {
            var prev = i >= start ? tokens[i].Norm : "";
            if (IsDeterminer(prev) || lexicon.Is(prev, WordClass.Possessive)) return null;
            if (f.Inflection == VerbInflection.Ing) return null;
            // A family named by its past form (CALLED, KILLED) has that form as its "base": it needs no subject check.
            if (f.Inflection is VerbInflection.Base or VerbInflection.ThirdPerson && !f.Lemma.EndsWith("ed", StringComparison.Ordinal)
                && !HasSubject(tokens, start, i, earlier, phraseByEnd)) return null;
        }
        return new TabariVerb(k, f, i + 1, be && f.CanBeParticiple, to);
    }

    /// <summary>A present-tense verb follows its subject: an actor phrase in subject position, a pronoun or relative word, or a verb it is conjoined to.</summary>
    private bool HasSubject(Token[] tokens, int start, int i, List<TabariVerb> earlier, Dictionary<int, TabariPhrase> phraseByEnd)
    {
        if (i < start) return false;
        var prev = tokens[i].Norm;
        if (lexicon.Is(prev, WordClass.Pronoun) || lexicon.Is(prev, WordClass.Relative)) return true;
        if (phraseByEnd.TryGetValue(i + 1, out var phrase)) return InSubjectPosition(tokens, start, phrase.Start);
        if (IsNounWord(tokens[i]))
        {
            // A noun phrase without an actor may be a subject too ("Gryffindor's head Minerva McGonagall left").
            var s = i;
            while (s - 1 >= start && (IsNounWord(tokens[s - 1]) || tokens[s - 1].Norm is "'s" or "'")) s--;
            return InSubjectPosition(tokens, start, s);
        }
        return prev is "and" or "," && earlier.Count > 0 && earlier[^1].Form.Inflection is VerbInflection.Base or VerbInflection.ThirdPerson;
    }

    /// <summary>A noun phrase starting at <paramref name="phraseStart"/> is no object of a preposition or a verb.</summary>
    private bool InSubjectPosition(Token[] tokens, int start, int phraseStart)
    {
        var before = phraseStart - 1;
        if (before < start) return true;
        var b = tokens[before].Norm;
        return b == "that" || !(lexicon.Is(b, WordClass.Preposition) || IsDeterminer(b) || lexicon.Is(b, WordClass.Possessive)
            || (lexicon.VerbForms.ContainsKey(b) && !lexicon.Closed.ContainsKey(b)));
    }

    private bool IsNounWord(Token token) => token.IsWord && (IsDeterminer(token.Norm) || (!lexicon.Closed.ContainsKey(token.Norm) && !lexicon.VerbForms.ContainsKey(token.Norm)));

    /// <summary>Adverbs inside a verb group: the closed-class ones, <c>-ly</c> words, and <c>and</c> between two of them.</summary>
    private bool IsAdverb(Token[] tokens, int i)
    {
        var norm = tokens[i].Norm;
        if (lexicon.Is(norm, WordClass.Adverb) || lexicon.Is(norm, WordClass.Negator) || norm is "ever" or "most") return true;
        if (norm.Length > 4 && norm.EndsWith("ly", StringComparison.Ordinal) && !lexicon.VerbForms.ContainsKey(norm)) return true;
        return norm == "and" && i > 0 && tokens[i - 1].Norm.EndsWith("ly", StringComparison.Ordinal);
    }

    /// <summary>Participle endings, regular (<c>killed</c>) and irregular (<c>said</c>, <c>shot</c>, <c>drawn</c>, <c>risen</c>).</summary>
    private static bool LooksLikeParticiple(string word) =>
        word.EndsWith('d') || word.EndsWith('t') || word.EndsWith('n');

    private bool IsDeterminer(string norm) => norm != "that" && lexicon.Is(norm, WordClass.Determiner);
}
