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
    private readonly IReadOnlySet<string> _lyNonAdverbs = lexicon.Dictionaries.WordsOf(WordClasses.LyNonAdverb);

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
        bool negated = false, future = false, be = false, aux = false, to = false, deontic = false, possible = false;
        while (i >= start && k - i <= AuxWindow)
        {
            var norm = tokens[i].Norm;
            if (lexicon.Is(norm, WordClass.Negator)) negated = true;
            else if (lexicon.Is(norm, WordClass.Modal)) { future |= norm is "will" or "wo" or "'ll" or "shall" or "would"; deontic |= norm == "must"; possible |= norm is "can" or "could" or "may" or "might" or "should" or "ought"; aux = true; }
            else if (lexicon.Is(norm, WordClass.Auxiliary)) { aux = true; be |= norm is "be" or "is" or "are" or "was" or "were" or "been" or "being" or "am"; }
            else if (norm == "to" && !aux) { to = true; i--; break; }
            else if (!lexicon.Is(norm, WordClass.Adverb) && !IsLyAdverb(tokens[i])) break;
            i--;
        }
        var groupStart = i + 1;
        var prev = i >= start ? tokens[i].Norm : "";
        var form = VerbFormChooser.Pick(forms, be, aux, to, infinitiveMustBeBase: true);
        if (form is null) return null;
        var f = form.Value;
        // "will be fine", "is sure": after a form of "be" a word with no participle is an adjective.
        if (be && !to && f.Inflection is VerbInflection.Base or VerbInflection.ThirdPerson) return null;

        if (!aux && !to)
        {
            // A determiner or possessive before the word makes it a noun ("the visit", "its attacks").
            if (lexicon.Is(prev, WordClass.Determiner) || lexicon.Is(prev, WordClass.Possessive)) return null;
            if (f.Inflection == VerbInflection.Ing) return null;
            // "held talks", "launched attacks": a plain or -s form right after another verb is its object.
            if (f.Inflection is VerbInflection.Base or VerbInflection.ThirdPerson && earlier.Count > 0 && earlier[^1].Head >= k - 3) return null;
            // "to discuss shared concerns", "has condemned renewed attacks": a participle right after a verb modifies
            // its object. A light verb's participle ("underscored continued support for") still hands its event noun
            // on; after a bare present form the first word may be a noun ("the embassy team traveled").
            if (f.CanBeParticiple && earlier.Count > 0 && earlier[^1] is { } verb && verb.Head == k - 1
                && (verb.Infinitive || verb.Start < verb.Head || verb.Form.Inflection is not (VerbInflection.Base or VerbInflection.ThirdPerson))
                && !lexicon.VerbPatterns[f.Lemma].Any(p => p.Options.Light))
                return null;
            if (k + 1 < tokens.Length && tokens[k + 1].Norm == "of" && f.Inflection is VerbInflection.Base or VerbInflection.ThirdPerson) return null;
            // A present-tense verb stands right after its subject (a pronoun, a relative word or an actor phrase)
            // or after "and" joining it to an earlier present-tense verb: "refugees and host communities" is a noun.
            if (f.Inflection is VerbInflection.Base or VerbInflection.ThirdPerson && i >= start
                && !lexicon.Is(prev, WordClass.Pronoun) && !lexicon.Is(prev, WordClass.Relative) && !phraseEnds.Contains(i + 1)
                && !(prev is "and" or "," && earlier.Count > 0 && CanConjoin(earlier[^1], f)))
                return null;
            // A finite verb needs a subject before it: sentence-initial base and -s forms are nouns ("Talks between").
            if (f.Inflection is VerbInflection.Base or VerbInflection.ThirdPerson && i < start) return null;
            // "welcomed the progress made in the talks": a participle after a verb's object noun modifies that noun.
            if (f.Inflection == VerbInflection.PastOrParticiple && ModifiesObjectNoun(tokens, start, k, phraseEnds)) return null;
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
        return new VerbGroup(k, f, groupStart, negated, passive, future, to, conjoined, deontic, possible);
    }

    /// <summary>
    /// Whether a present form after "and" continues the verb before it: an -s form joins an -s form ("condemns X and
    /// calls on Y"), a bare form a bare form or an infinitive ("to expand trade and deepen ties"). "to expand
    /// cooperation on shared interests and values" has a noun, not a verb, after "and".
    /// </summary>
    private static bool CanConjoin(VerbGroup before, VerbForm form) => form.Inflection switch
    {
        VerbInflection.ThirdPerson => before.Form.Inflection == VerbInflection.ThirdPerson && !before.Infinitive,
        VerbInflection.Base => before.Form.Inflection == VerbInflection.Base,
        _ => false,
    };

    /// <summary>
    /// A past participle right after a plain noun that a determiner opens, where that noun phrase is the object of a
    /// verb before it (<c>welcomed the progress made</c>, <c>reaffirmed the principles agreed</c>): a reduced
    /// relative clause, not a verb with a subject. An actor phrase before the word is its subject ("the delegation
    /// signed"), and a <c>by</c> after it is left to the reduced-passive reading.
    /// </summary>
    private bool ModifiesObjectNoun(Token[] tokens, int start, int k, HashSet<int> phraseEnds)
    {
        const int NounPhraseWindow = 4;
        if (phraseEnds.Contains(k) || k + 1 < tokens.Length && tokens[k + 1].Norm == "by") return false;
        var noun = k - 1;
        if (noun < start || !tokens[noun].IsWord || tokens[noun].IsCapitalized || lexicon.Closed.ContainsKey(tokens[noun].Norm)) return false;
        for (var d = noun - 1; d >= start && noun - d <= NounPhraseWindow; d--)
        {
            var norm = tokens[d].Norm;
            if (lexicon.Is(norm, WordClass.Determiner) || lexicon.Is(norm, WordClass.Possessive))
            {
                if (d - 1 < start) return false;
                var before = tokens[d - 1].Norm;
                return lexicon.VerbForms.ContainsKey(before) || lexicon.Is(before, WordClass.Reporting) || lexicon.Is(before, WordClass.Future);
            }
            if (!tokens[d].IsWord || tokens[d].IsCapitalized || lexicon.Closed.ContainsKey(norm) || phraseEnds.Contains(d + 1)) return false;
        }
        return false;
    }

    /// <summary>"was brutally killed", "has reportedly attacked": a lower-case -ly word inside a verb group is an adverb.</summary>
    private bool IsLyAdverb(Token token) =>
        token.IsWord && !token.IsCapitalized && token.Norm.Length > 4 && token.Norm.EndsWith("ly", StringComparison.Ordinal) && !_lyNonAdverbs.Contains(token.Norm);
}
