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
    private readonly IReadOnlySet<string> _nounLikeReporting = lexicon.Dictionaries.WordsOf(WordClasses.NounLikeReporting);
    private readonly IReadOnlySet<string> _pleonasticLemmas = lexicon.Dictionaries.WordsOf(WordClasses.PleonasticLemma);
    private readonly IReadOnlySet<string> _institutionNouns = lexicon.Dictionaries.WordsOf(WordClasses.InstitutionNoun);

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
    public ActorPhrase? FindSubject(Token[] tokens, int clauseStart, VerbGroup group, SentencePhrases phrases, out string? pronoun) =>
        FindSubject(tokens, clauseStart, group, phrases, out pronoun, out _);

    /// <inheritdoc cref="FindSubject(Token[], int, VerbGroup, SentencePhrases, out string?)"/>
    public ActorPhrase? FindSubject(Token[] tokens, int clauseStart, VerbGroup group, SentencePhrases phrases, out string? pronoun, out int pronounAt)
    {
        pronoun = null;
        pronounAt = -1;
        if (group.Infinitive && PossessorBeforeTo(tokens, clauseStart, group, phrases) is { } owner) return owner;
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
            if (lexicon.Is(norm, WordClass.Pronoun) && (t == group.Start - 1 || OnlyCopulasBetween(tokens, t + 1, group.Start))) { pronoun = norm; pronounAt = t; return null; }
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

    /// <summary>
    /// "welcomed Peru's pledge to send aid", "Chile's recent offer to mediate": an infinitive that completes a noun
    /// belongs to that noun's possessor, not to the subject of the verb that governs the noun.
    /// </summary>
    private ActorPhrase? PossessorBeforeTo(Token[] tokens, int clauseStart, VerbGroup group, SentencePhrases phrases)
    {
        const int NounWords = 3;
        var noun = group.Start - 1;
        if (tokens[group.Start].Norm != "to" || noun <= clauseStart) return null;
        for (var t = noun; t > clauseStart && noun - t < NounWords; t--)
        {
            var word = tokens[t];
            // Intent nouns ("pledge", "offer", "plan") are closed-class words of their own; grammar words end the noun.
            if (!word.IsWord || word.IsCapitalized || (lexicon.Closed.ContainsKey(word.Norm) && !lexicon.Is(word.Norm, WordClass.Future))) return null;
            if (tokens[t - 1].Norm is "'s" or "'")
                return phrases.EndingAt(t - 1) is { IsPossessor: true } owner ? owner : null;
        }
        return null;
    }

    /// <summary>
    /// A reporting verb between a verb and the words before it closes the subject search: "said today that" and
    /// "announced" introduce a complement whose own subject follows them. A parenthetical "Chile, Peru said, ..."
    /// does not.
    /// </summary>
    private bool IsReportingVerb(Token[] tokens, int t, int verbStart)
    {
        const int ThatWindow = 5;
        var norm = tokens[t].Norm;
        if (!lexicon.Is(norm, WordClass.Reporting) || _nounLikeReporting.Contains(norm) || tokens[t].IsCapitalized) return false;
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

    /// <summary>
    /// "it" and "they" as a clause subject. In a sentence whose earlier clauses have subjects, only a pronoun that
    /// opens a reported or coordinated clause ("Chile said it would", "..., and they discussed") refers back, to the
    /// subject of the clause just before it if compatible; a pronoun with no actor before it in its sentence refers
    /// to the one compatible subject of the previous sentence. "it" takes a single state, organization or institution (never a
    /// person), "they" a coordinated or plural subject. More than one candidate, or none, resolves nothing; so does
    /// the empty "it" of "it was agreed", "it is important", "it remains", and "it" as an object ("help it defend").
    /// </summary>
    public IReadOnlyList<ActorRef> ResolveReferring(string pronoun, int pronounAt, Token[] tokens, int sentenceStart, VerbGroup group,
        SentencePhrases phrases, IReadOnlyList<SubjectMention> earlierInSentence, SentenceContext context)
    {
        if (pronoun is not ("it" or "they") || pronounAt < sentenceStart) return [];
        if (pronoun == "it" && (group.Passive || _pleonasticLemmas.Contains(group.Form.Lemma))) return [];
        var prev = pronounAt > sentenceStart ? tokens[pronounAt - 1].Norm : "";
        var reporting = lexicon.Is(prev, WordClass.Reporting)
            || (prev == "that" && pronounAt - 2 >= sentenceStart && lexicon.Is(tokens[pronounAt - 2].Norm, WordClass.Reporting));
        if (pronoun == "it" && !reporting && (lexicon.Is(prev, WordClass.Preposition) || lexicon.VerbForms.ContainsKey(prev))) return [];
        IReadOnlyList<SubjectMention> pool;
        if (earlierInSentence.Count > 0)
        {
            // "as they defend themselves", "like they did": a subordinate clause may refer to any noun before it.
            if (!reporting && prev is not ("and" or "but" or ";")) return [];
            // The subject of the clause just before: the reporting verb's, or the first conjunct's.
            pool = [earlierInSentence[^1]];
        }
        else
        {
            if (phrases.All.Any(p => p.Start >= sentenceStart && p.End <= pronounAt)) return [];
            pool = context.PreviousSubjects;
        }
        var compatible = pool.Where(m => m.Complete && (pronoun == "it" ? IsSingularNonPerson(m) : m.Plural))
            .GroupBy(m => string.Join("+", m.Actors.Select(a => a.Code).Order(StringComparer.Ordinal)), StringComparer.Ordinal)
            .ToList();
        if (compatible.Count != 1) return [];
        return compatible[0].First().Actors.Select(a => a with { FromDiscourse = true }).ToList();
    }

    private bool IsSingularNonPerson(SubjectMention mention) =>
        !mention.Plural && mention.Actors is [{ Person: null, Office: OfficeKind.None } actor]
        && (actor.Title is null || _institutionNouns.Contains(LastWordOf(actor.Title)));

    private static string LastWordOf(string title)
    {
        var norm = title.Trim().ToLowerInvariant();
        var space = norm.LastIndexOf(' ');
        return space < 0 ? norm : norm[(space + 1)..];
    }

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
            // "recognized its responsibility for the war against X": an actor two noun-attached phrases deep is
            // what the object is about, not the object.
            if (NestedNounAttachments(tokens, from, phrase.Start) >= 2) return null;
            return phrase;
        }
        return null;
    }

    /// <summary>
    /// Prepositions other than "of", "with" and "to" between a verb and an actor that attach to a plain noun before them
    /// ("responsibility for", "war against"): each opens a phrase one level deeper inside the object noun.
    /// </summary>
    private int NestedNounAttachments(Token[] tokens, int from, int to)
    {
        var count = 0;
        for (var t = from + 1; t < to; t++)
        {
            // "of" mostly names the noun's patient or whole ("the destruction of bridges into X"); "with" and "to"
            // mostly belong to the verb ("discussed trade with officials in X", "sent aid to people in X").
            if (tokens[t].Norm is "of" or "with" or "to" || !lexicon.Is(tokens[t].Norm, WordClass.Preposition)) continue;
            var before = tokens[t - 1];
            if (before.IsWord && !before.IsCapitalized && !lexicon.Closed.ContainsKey(before.Norm) && !lexicon.VerbForms.ContainsKey(before.Norm)) count++;
        }
        return count;
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
