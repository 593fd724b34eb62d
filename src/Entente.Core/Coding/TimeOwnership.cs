using Entente.Dictionaries;
using Entente.Recognition;
using Entente.Recognition.Time;
using Entente.Text;

namespace Entente.Coding;

/// <summary>
/// Which time expressions can date an event, and which event verb owns each one. Without a parser this reads
/// the cues English puts between a verb and a time that belongs to something else:
/// <list type="bullet">
/// <item>deadlines (<c>by 2030</c>, <c>until June</c>) and attributive dates (<c>the June 20 elections</c>,
/// <c>Russia's February 24 invasion</c>, <c>the 2011 agreement</c>) date no event of the sentence;</item>
/// <item>a time after the event's verb, with a clause of its own standing between them (<c>to reach its goal in
/// 2035</c>, <c>of ending the pandemic in 2022</c>, <c>which was announced in March</c>, <c>as Sweden prepares to
/// assume the presidency in 2023</c>), belongs to that clause's verb, not to the event.</item>
/// </list>
/// </summary>
public sealed class TimeOwnership(Lexicon lexicon)
{
    private readonly IReadOnlySet<string> _ingNouns = lexicon.Dictionaries.WordsOf(WordClasses.IngNoun);

    private const int ClauseVerbWindow = 5;

    /// <summary>The times that may date events: without deadlines and attributive dates.</summary>
    public List<TimeMention> Datable(IReadOnlyList<TimeMention> times, Token[] tokens, Sentence sentence)
    {
        var start = sentence.FirstToken;
        var result = new List<TimeMention>(times.Count);
        foreach (var t in times)
        {
            // "by 2030", "until June": a deadline, not when the event happened.
            if (tokens[start + t.TokenStart].Norm is "by" or "until" or "till" or "before") continue;
            if (IsAttributive(t, tokens, start, sentence.EndToken)) continue;
            result.Add(t);
        }
        return result;
    }

    /// <summary>
    /// A calendar date that stands between a determiner or possessive and a noun modifies that noun
    /// (<c>the June 20 elections</c>, <c>the 2023 APEC host year</c>): it dates that thing, not a verb's event.
    /// </summary>
    private bool IsAttributive(TimeMention t, Token[] tokens, int start, int end)
    {
        if (t.Kind != TimeKind.Absolute) return false;
        var first = start + t.TokenStart;
        var after = start + t.TokenEnd;
        if (first <= start || after >= end) return false;
        var before = tokens[first - 1].Norm;
        if (!lexicon.Is(before, WordClass.Determiner) && !lexicon.Is(before, WordClass.Possessive)) return false;
        if (lexicon.Is(tokens[first].Norm, WordClass.Preposition)) return false;
        // "at the June 14 summit", "for the June 29-30 summit": the occasion where the sentence's act takes place.
        if (before == "the" && first - 2 >= start && tokens[first - 2].Norm is "at" or "during" or "for") return false;
        // "the September 17, 2020, framework": a comma may close the date.
        if (tokens[after].Norm == "," && after + 1 < end) after++;
        var next = tokens[after];
        return next.IsWord && !lexicon.Closed.ContainsKey(next.Norm);
    }

    /// <summary>
    /// The time expression an event's verb owns: the nearest one with no other event's verb between them ("discussed
    /// trade, and reviewed the decisions of the Kazan summit in October 2024" dates only the review), and no clause
    /// of another verb opening between the event's verb and a later time.
    /// </summary>
    public TimeMention? TimeOf(EventCandidate c, List<EventCandidate> all, IReadOnlyList<TimeMention> times, Token[] tokens, int sentenceStart)
    {
        TimeMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var t in times)
        {
            var at = sentenceStart + t.TokenStart;
            var (lo, hi) = at < c.Head ? (at, c.Head) : (c.Head, at);
            if (all.Any(o => o.Head != c.Head && o.Head > lo && o.Head < hi)) continue;
            if (at > c.Head && OpensOtherClause(tokens, c.Head + 1, at, t.Kind)) continue;
            if (hi - lo < bestDistance) (best, bestDistance) = (t, hi - lo);
        }
        return best;
    }

    /// <summary>
    /// Whether a clause of another verb opens in <c>[from, time)</c> and is still open at the time: a to-infinitive,
    /// a gerund after a preposition or comma, or a relative or subordinate clause with a finite verb. Days named from
    /// the publication date (<c>today</c>, <c>on Monday</c>) stay with the reported event unless a finite verb of
    /// its own claims them.
    /// </summary>
    public bool OpensOtherClause(Token[] tokens, int from, int time, TimeKind kind)
    {
        var deictic = kind is TimeKind.Relative or TimeKind.Weekday;
        for (var e = time - 1; e >= from; e--)
        {
            var norm = tokens[e].Norm;
            // "(OOC)": a parenthesis neither opens nor closes a clause.
            if (norm == ")")
            {
                var open = e - 1;
                while (open >= from && tokens[open].Norm != "(") open--;
                if (open >= from) { e = open; continue; }
            }
            // A clause that closed before the time ("X, who arrived earlier, ... on Monday") does not own it.
            if (norm is "," or ";" or "(" or ")" or "-" or ":") return false;
            if (!deictic && (IsInfinitive(tokens, e, time) || IsGerund(tokens, e, time, from))) return true;
            if ((lexicon.Is(norm, WordClass.Relative) || lexicon.Is(norm, WordClass.Subordinator)) && FiniteVerbFollows(tokens, e + 1, time)) return true;
        }
        return false;
    }

    /// <summary><c>to reach its goal</c>, <c>to host APEC</c>: "to" followed by a verb.</summary>
    private bool IsInfinitive(Token[] tokens, int e, int end)
    {
        if (tokens[e].Norm != "to") return false;
        var v = e + 1;
        while (v < end && lexicon.Is(tokens[v].Norm, WordClass.Adverb)) v++;
        if (v >= end || !tokens[v].IsWord || tokens[v].IsCapitalized) return false;
        var norm = tokens[v].Norm;
        if (lexicon.VerbForms.TryGetValue(norm, out var forms) && forms.Any(f => f.Inflection == VerbInflection.Base)) return true;
        if (lexicon.Is(norm, WordClass.Future) || lexicon.Is(norm, WordClass.Reporting)) return true;
        // An unknown word right before a determiner or possessive is a verb taking its object: "to assume the".
        return !lexicon.Closed.ContainsKey(norm) && v + 1 < end
            && (lexicon.Is(tokens[v + 1].Norm, WordClass.Determiner) || lexicon.Is(tokens[v + 1].Norm, WordClass.Possessive));
    }


    /// <summary><c>of increasing the share</c>, <c>towards ending the pandemic</c>, <c>, making India a partner</c>.</summary>
    private bool IsGerund(Token[] tokens, int e, int end, int from)
    {
        if (e + 1 >= end || e < from) return false;
        var norm = tokens[e].Norm;
        if (!lexicon.Is(norm, WordClass.Preposition)) return false;
        var word = tokens[e + 1];
        if (!word.IsWord || word.IsCapitalized || !word.Norm.EndsWith("ing", StringComparison.Ordinal) || word.Norm.Length <= 5) return false;
        return !_ingNouns.Contains(word.Norm) && !lexicon.Closed.ContainsKey(word.Norm);
    }

    /// <summary>
    /// "the meeting that is going to be on Wednesday", "the talks, which will be in May": a copula with nothing but
    /// the time after it tells when the noun before happens, so the time stays with that noun's event.
    /// </summary>
    private bool IsCopulaBeforeTime(Token[] tokens, int v, int time)
    {
        for (; v < time; v++)
        {
            var norm = tokens[v].Norm;
            if (norm is "be" or "is" or "are" or "was" or "were" or "'s" or "been" or "going" or "to" || lexicon.Is(norm, WordClass.Modal)
                || lexicon.Is(norm, WordClass.Adverb)) continue;
            return false;
        }
        return true;
    }

    /// <summary>A finite verb within a few words: an auxiliary, a modal, or a known verb in the past or -s form.</summary>
    private bool FiniteVerbFollows(Token[] tokens, int from, int end)
    {
        for (var v = from; v < end && v - from < ClauseVerbWindow; v++)
        {
            var norm = tokens[v].Norm;
            if (norm is "," or ";") return false;
            if (lexicon.Is(norm, WordClass.Auxiliary) || lexicon.Is(norm, WordClass.Modal)) return !IsCopulaBeforeTime(tokens, v, end);
            // The first word after "that" is its subject or a determiner: "that year" is no clause.
            if (v == from) continue;
            if (tokens[v].IsCapitalized) continue;
            if (lexicon.Is(norm, WordClass.Future) || lexicon.Is(norm, WordClass.Reporting)) return true;
            // "the signed agreement", "their visits": after a determiner the word is a noun or adjective.
            var prev = tokens[v - 1].Norm;
            if (lexicon.Is(prev, WordClass.Determiner) || lexicon.Is(prev, WordClass.Possessive)) continue;
            if (lexicon.VerbForms.TryGetValue(norm, out var forms)
                && forms.Any(f => f.Inflection is VerbInflection.Past or VerbInflection.PastOrParticiple or VerbInflection.ThirdPerson)) return true;
        }
        return false;
    }
}
