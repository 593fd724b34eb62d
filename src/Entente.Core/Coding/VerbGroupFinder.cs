using Entente.Dictionaries;
using Entente.Recognition;
using Entente.Text;

namespace Entente.Coding;

/// <summary>
/// Finds the verbs of a sentence that the pattern dictionary knows, telling verbs from nouns of the same form
/// (<c>the visit</c>, <c>held talks</c>) by their neighbours, and reads the auxiliaries around each.
/// </summary>
public sealed class VerbGroupFinder(Lexicon lexicon)
{
    private const int AuxWindow = 4;

    public List<VerbGroup> Find(Token[] tokens, int start, int end, HashSet<int> insidePhrases, HashSet<int> phraseEnds)
    {
        var groups = new List<VerbGroup>();
        for (var k = start; k < end; k++)
        {
            if (insidePhrases.Contains(k) || !lexicon.VerbForms.TryGetValue(tokens[k].Norm, out var forms)) continue;
            if (!lexicon.VerbPatterns.ContainsKey(forms[0].Lemma)) continue;
            var group = Analyse(tokens, start, k, forms, groups, phraseEnds);
            if (group is not null) groups.Add(group);
        }
        return groups;
    }

    private VerbGroup? Analyse(Token[] tokens, int start, int k, VerbForm[] forms, List<VerbGroup> earlier, HashSet<int> phraseEnds)
    {
        // Walk left over adverbs, negators, auxiliaries and modals: they belong to the verb group.
        var i = k - 1;
        bool negated = false, future = false, be = false, aux = false, to = false, deontic = false;
        while (i >= start && k - i <= AuxWindow)
        {
            var norm = tokens[i].Norm;
            if (lexicon.Is(norm, WordClass.Negator)) negated = true;
            else if (lexicon.Is(norm, WordClass.Modal)) { future |= norm is "will" or "wo" or "'ll" or "shall" or "would"; deontic |= norm == "must"; aux = true; }
            else if (lexicon.Is(norm, WordClass.Auxiliary)) { aux = true; be |= norm is "be" or "is" or "are" or "was" or "were" or "been" or "being" or "am"; }
            else if (norm == "to" && !aux) { to = true; i--; break; }
            else if (!lexicon.Is(norm, WordClass.Adverb)) break;
            i--;
        }
        var groupStart = i + 1;
        var prev = i >= start ? tokens[i].Norm : "";
        var form = VerbFormChooser.Pick(forms, be, aux, to, infinitiveMustBeBase: true);
        if (form is null) return null;
        var f = form.Value;

        if (!aux && !to)
        {
            // A determiner or possessive before the word makes it a noun ("the visit", "its attacks").
            if (lexicon.Is(prev, WordClass.Determiner) || lexicon.Is(prev, WordClass.Possessive)) return null;
            if (f.Inflection == VerbInflection.Ing) return null;
            // "held talks", "launched attacks": a plain or -s form right after another verb is its object.
            if (f.Inflection is VerbInflection.Base or VerbInflection.ThirdPerson && earlier.Count > 0 && earlier[^1].Head >= k - 3) return null;
            if (k + 1 < tokens.Length && tokens[k + 1].Norm == "of" && f.Inflection is VerbInflection.Base or VerbInflection.ThirdPerson) return null;
            // A present-tense verb stands right after its subject (a pronoun, a relative word or an actor phrase)
            // or after "and" joining it to an earlier present-tense verb: "refugees and host communities" is a noun.
            if (f.Inflection is VerbInflection.Base or VerbInflection.ThirdPerson && i >= start
                && !lexicon.Is(prev, WordClass.Pronoun) && !lexicon.Is(prev, WordClass.Relative) && !phraseEnds.Contains(i + 1)
                && !(prev is "and" or "," && earlier.Count > 0 && earlier[^1].Form.Inflection is VerbInflection.Base or VerbInflection.ThirdPerson))
                return null;
            // A finite verb needs a subject before it: sentence-initial base and -s forms are nouns ("Talks between").
            if (f.Inflection is VerbInflection.Base or VerbInflection.ThirdPerson && i < start) return null;
        }
        if (to)
        {
            // "refused to meet", "plans to visit": the word before "to" decides.
            var before = i >= start ? tokens[i].Norm : "";
            if (before is "refuse" or "refused" or "refuses" or "declined" or "decline" or "declines" or "failed" or "fail" or "fails") negated = true;
            for (var b = i; b >= start && i - b < 4; b--)
                if (lexicon.Is(tokens[b].Norm, WordClass.Future)) { future = true; break; }
        }
        var passive = be && f.CanBeParticiple;
        var conjoined = groupStart - 1 >= start && tokens[groupStart - 1].Norm is "and" or "," && earlier.Count > 0;
        return new VerbGroup(k, f, groupStart, negated, passive, future, to, conjoined, deontic);
    }
}
