using Entente.Dictionaries;
using Entente.Recognition;
using Entente.Text;

namespace Entente.Coding;

/// <summary>
/// Finds a verb's arguments without a parser: its subject (skipping prepositional phrases and possessors, taking a
/// relative clause's antecedent, a list that closes with "and", a pronoun's referent), its agent after "by", and
/// its object (the nearest actor phrase that is not a time or place adjunct).
/// </summary>
public sealed class ArgumentFinder(Lexicon lexicon)
{
    private const int SubjectWindow = 25;

    /// <summary>
    /// "A, B, C and D signed": a subject that closes a comma-separated list takes every actor phrase of the list,
    /// even where long titles without a state stand between them.
    /// </summary>
    public IReadOnlyList<ActorRef> ListSubject(Token[] tokens, int clauseStart, ActorPhrase subject, SentencePhrases phrases, SentenceActors actors)
    {
        const int ListWindow = 80;
        const int ListMemberTail = 5;
        var own = actors.Of(subject);
        var before = subject.Start - 1;
        var closesList = (before >= clauseStart && tokens[before].Norm == "and") || subject.Units.Count > 1;
        if (!closesList || before < clauseStart || tokens[before].Norm is not ("and" or ",")) return own;
        var all = new List<ActorRef>(own);
        foreach (var phrase in phrases.All)
        {
            if (phrase.End > subject.Start || subject.Start - phrase.End > ListWindow || phrase.Start < clauseStart || phrase.IsPossessor) continue;
            if (phrase.Start > clauseStart && lexicon.Is(tokens[phrase.Start - 1].Norm, WordClass.Preposition)) continue;
            // A list member ends at a comma or "and" within a few words (titles may follow the state).
            for (var t = phrase.End; t < subject.Start && t - phrase.End <= ListMemberTail; t++)
                if (tokens[t].Norm is "," or "and") { all.AddRange(actors.Of(phrase)); break; }
        }
        return all;
    }

    /// <summary>
    /// The subject: the nearest actor phrase left of the verb group in its clause that is not inside a
    /// prepositional phrase or a possessor; for a relative clause, the noun it attaches to.
    /// </summary>
    public ActorPhrase? FindSubject(Token[] tokens, int clauseStart, VerbGroup group, SentencePhrases phrases, out string? pronoun)
    {
        pronoun = null;
        var t = group.Start - 1;
        if (t >= clauseStart && lexicon.Is(tokens[t].Norm, WordClass.Relative))
        {
            var r = t - 1;
            if (r >= clauseStart && tokens[r].Norm == ",") r--;
            if (phrases.EndingAt(r + 1) is { } antecedent) return antecedent;
        }
        for (; t >= clauseStart && group.Start - t <= SubjectWindow; t--)
        {
            var norm = tokens[t].Norm;
            if (lexicon.Is(norm, WordClass.Pronoun) && (t == group.Start - 1 || OnlyCopulasBetween(tokens, t + 1, group.Start))) { pronoun = norm; return null; }
            // "Chile said allies agreed to help": whoever stands before the reporting verb is its subject, not this one's.
            if (IsReportingVerb(tokens, t, group.Start)) return null;
            if (phrases.EndingAt(t + 1) is not { } phrase) continue;
            var before = phrase.Start - 1;
            if (phrase.IsPossessor || (before >= clauseStart && lexicon.Is(tokens[before].Norm, WordClass.Preposition)))
            {
                t = phrase.Start;
                continue;
            }
            return phrase;
        }
        return null;
    }

    /// <summary>Reporting words that are more often nouns ("member states", "press reports").</summary>
    private static readonly HashSet<string> NounLikeReporting = new(StringComparer.Ordinal)
    {
        "state", "states", "report", "reports", "note", "notes", "claim", "claims", "stress", "stresses", "write", "add",
    };

    /// <summary>
    /// A reporting verb between a verb and the words before it closes the subject search: "said today that" and
    /// "announced" introduce a complement whose own subject follows them. A parenthetical "Chile, Peru said, ..."
    /// does not.
    /// </summary>
    private bool IsReportingVerb(Token[] tokens, int t, int verbStart)
    {
        const int ThatWindow = 5;
        var norm = tokens[t].Norm;
        if (!lexicon.Is(norm, WordClass.Reporting) || NounLikeReporting.Contains(norm) || tokens[t].IsCapitalized) return false;
        if (t == 0 || lexicon.Is(tokens[t - 1].Norm, WordClass.Determiner) || lexicon.Is(tokens[t - 1].Norm, WordClass.Possessive)) return false;
        // "X – I believe it was in May – offered ...": an aside between dashes or brackets.
        for (var k = t + 1; k < verbStart; k++)
            if (tokens[k].Norm is "-" or ")") return false;
        // "said today that", "said in a statement that": a complement clause follows.
        for (var k = t + 1; k < verbStart && k - t <= ThatWindow; k++)
        {
            if (tokens[k].Norm == "that") return true;
            if (tokens[k].Norm is "," or "and" or ";") break;
        }
        // "said Russia attacked", "says it will": the complement's subject follows at once. An object noun
        // ("underscored continued support ... and encouraged") or a parenthesis ("Chile, Peru said, ...") does not.
        var next = t + 1;
        while (next < verbStart && lexicon.Is(tokens[next].Norm, WordClass.Adverb)) next++;
        if (next >= verbStart) return false;
        var after = tokens[next];
        return lexicon.Is(after.Norm, WordClass.Pronoun) || after.IsCapitalized;
    }

    /// <summary>"we remain committed", "it has become ...": copulas standing between a pronoun and the verb.</summary>
    private bool OnlyCopulasBetween(Token[] tokens, int from, int to)
    {
        if (from >= to) return false;
        for (var k = from; k < to; k++)
            if (!(tokens[k].Norm is "remain" or "remains" or "remained" or "stay" or "stays" or "stayed" or "become" or "becomes" or "became"
                || lexicon.Is(tokens[k].Norm, WordClass.Adverb)))
                return false;
        return true;
    }

    public static IReadOnlyList<ActorRef> ResolvePronoun(string? pronoun, SentenceContext context) => pronoun switch
    {
        "he" or "she" when context.LastPersonSubject is { } person => [person with { FromDiscourse = true }],
        "we" or "i" when context.Speaker is { } speaker => [speaker with { FromDiscourse = true }],
        _ => [],
    };

    public ActorPhrase? ByPhrase(Token[] tokens, int from, int end, SentencePhrases phrases)
    {
        for (var t = from; t < end - 1 && t - from <= 6; t++)
            if (tokens[t].Norm == "by")
                for (var p = t + 1; p < end && p - t <= 3; p++)
                    if (phrases.StartingAt(p) is { } phrase) return phrase;
        return null;
    }

    /// <summary>The object: the first actor phrase after the verb that is not a place or time adjunct (<c>in Oslo</c>).</summary>
    public ActorPhrase? FirstObject(Token[] tokens, int from, int end, SentencePhrases phrases, SentenceActors actors, ActorPhrase? subject)
    {
        const int ObjectWindow = 10;
        foreach (var phrase in phrases.All)
        {
            if (phrase.Start < from || phrase.Start >= end || phrase == subject || actors.Of(phrase).Count == 0) continue;
            // An object stands near its verb; an actor a clause-length away is about something else.
            if (phrase.Start - from > ObjectWindow) return null;
            // "recognized that ...", "discussed how Russia ...": a complement clause is not an object.
            if (tokens[from].Norm is "that" or "whether" or "if" or "how" or "why" or "what" && from < phrase.Start) return null;
            var before = phrase.Start > 0 ? tokens[phrase.Start - 1].Norm : "";
            // Time adjuncts never hold the object; place adjuncts ("in Oslo") don't when they name a city.
            if (before is "during" or "since" or "throughout" or "after" or "before" or "until" or "amid") continue;
            if (before is "in" or "at" or "near" or "across" or "through" or "under" && IsOnlyPlace(phrase)) continue;
            return phrase;
        }
        return null;
    }

    /// <summary>A city, capital or site is where something happened; a region ("abuses in Xinjiang") stands for its state.</summary>
    private static bool IsOnlyPlace(ActorPhrase phrase) =>
        phrase.Units.All(u => u.Parts.Count > 0 && u.Parts.All(p => p.Kind is LexKind.Metonym || p.Entry?.Place is { Kind: not PlaceKind.Region }));

    /// <summary>"hosted by", "signed today by": the verb is directly followed by its agent.</summary>
    public bool ByPhraseFollows(Token[] tokens, int from, int end)
    {
        for (var t = from; t < end && t - from <= 2; t++)
        {
            if (tokens[t].Norm == "by") return true;
            if (!lexicon.Is(tokens[t].Norm, WordClass.Adverb)) return false;
        }
        return false;
    }
}
