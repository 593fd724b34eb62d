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
            if (lexicon.Is(norm, WordClass.Pronoun) && t == group.Start - 1) { pronoun = norm; return null; }
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
            // "recognized that ...": a complement clause is not an object.
            if (tokens[from].Norm is "that" or "whether" or "if" && from < phrase.Start) return null;
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
