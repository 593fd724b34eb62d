using Entente.Dictionaries;
using Entente.Records;
using Entente.Recognition;
using Entente.Text;

namespace Entente.Coding;

/// <summary>
/// Codes the events of one sentence: for each known verb, the most specific pattern, its source (subject, or the
/// <c>by</c>-phrase of a passive), its target (the pattern's slot or the object), modality and negation; then
/// event nouns with an explicit source and target (<c>the Russian missile attack on Odesa</c>).
/// </summary>
public sealed class SentenceCoder(Lexicon lexicon)
{
    private const int SubjectWindow = 25;
    private readonly VerbGroupFinder _verbs = new(lexicon);
    private readonly PatternMatcher _matcher = new(lexicon);

    public List<EventCandidate> Code(Token[] tokens, Sentence sentence, SentencePhrases phrases, SentenceActors actors, SentenceContext context)
    {
        var start = sentence.FirstToken;
        var end = sentence.EndToken;
        var groups = _verbs.Find(tokens, start, end, phrases.CoveredTokens(), phrases.Ends());
        var events = new List<EventCandidate>();
        var subjects = new Dictionary<VerbGroup, IReadOnlyList<ActorRef>>();
        var usedNouns = new HashSet<int>();
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            var clauseStart = ClauseStart(tokens, start, group.Start);
            var clauseEnd = ClauseEnd(tokens, group.Head + 1, end);
            var passiveLike = group.Passive || (group.Form.CanBeParticiple && ByPhraseFollows(tokens, group.Head + 1, clauseEnd));
            var match = _matcher.Best(lexicon.VerbPatterns[group.Form.Lemma], tokens, group.Head, clauseStart, clauseEnd, phrases, passiveLike);
            // "X accused Moscow ... and called on the UN": a verb joined by "and" shares the earlier verb's subject.
            var sharesSubject = group.Conjoined && g > 0 && subjects.TryGetValue(groups[g - 1], out var shared) && shared.Count > 0;
            string? pronoun = null;
            var subjectPhrase = sharesSubject ? null : FindSubject(tokens, clauseStart, group, phrases, out pronoun);
            IReadOnlyList<ActorRef> subject = sharesSubject ? subjects[groups[g - 1]]
                : subjectPhrase is not null ? ListSubject(tokens, clauseStart, subjectPhrase, phrases, actors) : ResolvePronoun(pronoun, context);
            // "The delegations signed ...": a plural role naming no state, in a mutual act, is the two parties in focus.
            if (subject.Count == 0 && subjectPhrase is { Units: [{ Plural: true } only] } && only.Parts.All(p => p.Kind == LexKind.Agent)
                && match?.Pattern.Options is { Symmetric: true } or { Mutual: true })
                subject = context.PartiesInFocus;
            subjects[group] = subject;
            if (group.Deontic && !group.Negated && !group.Passive)
            {
                // "Russia must stop its aggression": the speaker (or the author) demands it of the subject.
                if (context.Speaker is { } speaker)
                    Emit(events, DeonticDemand(match?.Pattern.Id ?? group.Form.Lemma), [speaker], subject, subjectPhrase?.Start ?? group.Start, group.Head, group.Head, false, 0.5);
                continue;
            }
            // An infinitive that no intention governs is a purpose ("programs to target"), not an event.
            if (group.Infinitive && !group.Future) continue;
            if (match is null || (match.Pattern.Options.Say && !match.Pattern.HasTarget)) continue;
            if (match.Pattern.Options.Light)
            {
                match = LightNoun(tokens, match, clauseStart, clauseEnd, phrases, usedNouns);
                if (match is null) continue;
            }
            if (group.Negated || IsHypothetical(tokens, clauseStart, group.Start)) continue;
            var source = subject;
            IReadOnlyList<ActorRef> target = match.Target is not null ? actors.Of(match.Target) : [];
            // "stood by Russia": a pattern that asks for "by" itself is no passive.
            var asksForBy = match.Pattern.HeadIndex + 1 < match.Pattern.Elements.Count
                && match.Pattern.Elements[match.Pattern.HeadIndex + 1].Words is { } next && next.Contains("by");
            if (asksForBy) group = group with { Passive = false };
            var reduced = !asksForBy && !group.Passive && group.Form.CanBeParticiple && ByPhraseFollows(tokens, group.Head + 1, clauseEnd);
            if (reduced)
            {
                // "the summit, hosted by Brunei": a reduced passive; its target is the noun it follows, if an actor.
                var by = ByPhrase(tokens, group.Head + 1, clauseEnd, phrases);
                var before = phrases.EndingAt(group.Start) ?? (group.Start > 0 && tokens[group.Start - 1].Norm == "," ? phrases.EndingAt(group.Start - 1) : null);
                if (by is null || before is null) continue;
                (source, target) = (actors.Of(by), actors.Of(before));
                subjectPhrase = before;
            }
            else if (group.Passive)
            {
                var by = ByPhrase(tokens, group.Head + 1, clauseEnd, phrases);
                if (by is null) continue;
                (source, target) = (actors.Of(by), match.Target is not null ? target : subject);
            }
            else if (match.Target is null && !((match.Pattern.Options.Symmetric || match.Pattern.Options.Mutual) && subject.Count > 1))
            {
                // The pattern's last word may be the head of the object itself ("stormed the Saudi embassy").
                var holder = match.LastToken > group.Head
                    ? phrases.All.FirstOrDefault(p => p.Start <= match.LastToken && match.LastToken < p.End && actors.Of(p).Count > 0)
                    : null;
                // Else the object follows the pattern's words, or stands inside its gap ("met X on the sidelines").
                target = actors.Of(holder
                    ?? FirstObject(tokens, Math.Max(group.Head, match.LastToken) + 1, clauseEnd, phrases, actors, subjectPhrase)
                    ?? FirstObject(tokens, group.Head + 1, match.LastToken, phrases, actors, subjectPhrase));
            }
            var future = group.Future || match.Pattern.Options.Intent;
            var confidence = 0.55 + (match.Target is not null ? 0.2 : 0.05) + (match.Pattern.Specificity > 2 ? 0.1 : 0);
            if (subjectPhrase is null) confidence -= 0.15;
            if (subjectPhrase is not null && group.Head - subjectPhrase.End > 8) confidence -= 0.1;
            var first = Math.Min(match.FirstToken, subjectPhrase?.Start ?? match.FirstToken);
            Emit(events, match.Pattern, source, target, first, Math.Max(match.LastToken, match.Target?.End - 1 ?? 0), group.Head, future, confidence);
        }
        CodeEventNouns(tokens, start, end, groups, phrases, actors, usedNouns, events);
        return events;
    }

    private void Emit(List<EventCandidate> events, EventPattern pattern, IReadOnlyList<ActorRef> sources, IReadOnlyList<ActorRef> targets,
        int first, int last, int head, bool future, double confidence)
    {
        var modality = future ? Modality.Intended : Modality.Asserted;
        var code = future ? IntentCode(pattern.Code) : pattern.Code;
        if (code is null) return;
        var reverse = pattern.Options.ReverseCode is { } rc ? (future ? IntentCode(rc) : rc) : null;
        void Add(ActorRef s, ActorRef t, string c, double conf)
        {
            // A state acting on itself is coded only between two different named roles (military vs civilians).
            if (s.Key == t.Key && (s.AgentCode is null || t.AgentCode is null || s.AgentCode == t.AgentCode)) return;
            var dis = (s.FromDiscourse ? 0.1 : 0) + (t.FromDiscourse ? 0.1 : 0);
            events.Add(new EventCandidate(s, t, c, pattern.Id, first, last, head, modality, future, Math.Clamp(conf - dis, 0.05, 0.99)));
        }
        if (targets.Count == 0 && (pattern.Options.Symmetric || pattern.Options.Mutual) && sources.Count > 1)
        {
            // "Belarus and Laos signed an agreement": every member towards every other.
            foreach (var a in sources)
                foreach (var b in sources)
                    if (!ReferenceEquals(a, b)) Add(a, b, code, confidence);
            return;
        }
        foreach (var s in sources)
            foreach (var t in targets)
            {
                Add(s, t, code, confidence);
                if (pattern.Options.Symmetric) Add(t, s, code, confidence - 0.05);
                else if (reverse is not null) Add(t, s, reverse, confidence - 0.05);
            }
    }

    private const string DemandCode = "100";

    private static EventPattern DeonticDemand(string verbRule) =>
        new(verbRule, false, "must+" + verbRule, DemandCode, [], PatternOptions.None, null, new EntryOrigin("closed-class.txt", 0));

    /// <summary>
    /// "A, B, C and D signed": a subject that closes a comma-separated list takes every actor phrase of the list,
    /// even where long titles without a state stand between them.
    /// </summary>
    private IReadOnlyList<ActorRef> ListSubject(Token[] tokens, int clauseStart, ActorPhrase subject, SentencePhrases phrases, SentenceActors actors)
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

    private string? IntentCode(string code)
    {
        for (var length = code.Length; length >= 2; length--)
            if (lexicon.IntentCodes.TryGetValue(code[..length], out var intent))
                return intent.Length == 2 ? code : intent;
        return code;
    }

    /// <summary>A light verb's event noun (<c>held talks with</c>, <c>paid a visit to</c>) decides the code.</summary>
    private PatternMatch? LightNoun(Token[] tokens, PatternMatch light, int clauseStart, int clauseEnd, SentencePhrases phrases, HashSet<int> usedNouns)
    {
        // Every event noun in reach may decide ("a bombing campaign against"): the most specific match wins.
        var head = light.FirstToken;
        PatternMatch? best = null;
        var bestNoun = -1;
        for (var k = head + 1; k < clauseEnd && k - head <= PatternMatcher.MaxGap + 1; k++)
        {
            if (!lexicon.EventNouns.TryGetValue(tokens[k].Norm, out var lemma)) continue;
            var match = _matcher.Best(lexicon.NounPatterns[lemma], tokens, k, clauseStart, clauseEnd, phrases);
            if (match is null || (best is not null && match.Pattern.Specificity <= best.Pattern.Specificity)) continue;
            best = match;
            bestNoun = k;
        }
        if (best is null) return null;
        usedNouns.Add(bestNoun);
        // The rule names both: the light verb and the noun pattern that decided the code.
        return best with { FirstToken = head, Pattern = best.Pattern with { Id = $"{light.Pattern.Id}+{best.Pattern.Id}" } };
    }

    /// <summary>Event nouns with their own source and target: <c>the Russian missile attack on Odesa</c>.</summary>
    private void CodeEventNouns(Token[] tokens, int start, int end, List<VerbGroup> groups, SentencePhrases phrases, SentenceActors actors,
        HashSet<int> usedNouns, List<EventCandidate> events)
    {
        for (var k = start; k < end; k++)
        {
            if (usedNouns.Contains(k) || !lexicon.EventNouns.TryGetValue(tokens[k].Norm, out var lemma)) continue;
            if (groups.Any(g => g.Head == k)) continue;
            var clauseEnd = ClauseEnd(tokens, k + 1, end);
            var match = _matcher.Best(lexicon.NounPatterns[lemma], tokens, k, start, clauseEnd, phrases);
            if (match?.Target is null || match.Pattern.Options.Light || IsHypothetical(tokens, start, k)) continue;
            var sourcePhrase = match.Source ?? Modifier(tokens, k, start, phrases);
            if (sourcePhrase is null) continue;
            var sources = actors.Of(sourcePhrase);
            var targets = actors.Of(match.Target);
            if (sources.Count == 0 || targets.Count == 0) continue;
            Emit(events, match.Pattern, sources, targets, Math.Min(sourcePhrase.Start, k), match.LastToken, k, future: false, confidence: 0.6);
        }
    }

    /// <summary>The actor modifying an event noun: <c>Russian</c> in "the Russian missile attack", or a possessor.</summary>
    private ActorPhrase? Modifier(Token[] tokens, int noun, int start, SentencePhrases phrases)
    {
        for (var t = noun; t > start && noun - t <= 3; t--)
        {
            if (phrases.EndingAt(t) is { } p) return p;
            if (t - 1 >= start && tokens[t - 1].Norm is "'s" or "'" && phrases.EndingAt(t - 1) is { } owner) return owner;
            if (t - 1 >= start && (!tokens[t - 1].IsWord || lexicon.Closed.ContainsKey(tokens[t - 1].Norm) || lexicon.VerbForms.ContainsKey(tokens[t - 1].Norm))) return null;
        }
        return null;
    }

    /// <summary>
    /// The subject: the nearest actor phrase left of the verb group in its clause that is not inside a
    /// prepositional phrase or a possessor; for a relative clause, the noun it attaches to.
    /// </summary>
    private ActorPhrase? FindSubject(Token[] tokens, int clauseStart, VerbGroup group, SentencePhrases phrases, out string? pronoun)
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

    private static IReadOnlyList<ActorRef> ResolvePronoun(string? pronoun, SentenceContext context) => pronoun switch
    {
        "he" or "she" when context.LastPersonSubject is { } person => [person with { FromDiscourse = true }],
        "we" or "i" when context.Speaker is { } speaker => [speaker with { FromDiscourse = true }],
        _ => [],
    };

    private ActorPhrase? ByPhrase(Token[] tokens, int from, int end, SentencePhrases phrases)
    {
        for (var t = from; t < end - 1 && t - from <= 6; t++)
            if (tokens[t].Norm == "by")
                for (var p = t + 1; p < end && p - t <= 3; p++)
                    if (phrases.StartingAt(p) is { } phrase) return phrase;
        return null;
    }

    /// <summary>The object: the first actor phrase after the verb that is not a place or time adjunct (<c>in Oslo</c>).</summary>
    private ActorPhrase? FirstObject(Token[] tokens, int from, int end, SentencePhrases phrases, SentenceActors actors, ActorPhrase? subject)
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
    private bool ByPhraseFollows(Token[] tokens, int from, int end)
    {
        for (var t = from; t < end && t - from <= 2; t++)
        {
            if (tokens[t].Norm == "by") return true;
            if (!lexicon.Is(tokens[t].Norm, WordClass.Adverb)) return false;
        }
        return false;
    }

    /// <summary>A verb in an <c>if</c>/<c>unless</c>/<c>whether</c> clause states a hypothesis, not an event.</summary>
    private static bool IsHypothetical(Token[] tokens, int clauseStart, int verbStart)
    {
        for (var t = verbStart - 1; t >= clauseStart && verbStart - t <= 12; t--)
        {
            var norm = tokens[t].Norm;
            if (norm is "if" or "unless" or "whether") return true;
            if (norm is "," or ";") return false;
        }
        return false;
    }

    private int ClauseStart(Token[] tokens, int start, int verb)
    {
        for (var t = verb - 1; t > start; t--)
            if (tokens[t].Norm is ";" or ":" or "\"") return t + 1;
        return start;
    }

    /// <summary>A clause ends at a semicolon, a colon, a quote mark, or a comma before a relative or subordinate word.</summary>
    private int ClauseEnd(Token[] tokens, int from, int end)
    {
        for (var t = from; t < end; t++)
        {
            var norm = tokens[t].Norm;
            if (norm is ";" or ":" or "\"") return t;
            if (norm == "," && t + 1 < end && (lexicon.Is(tokens[t + 1].Norm, WordClass.Relative) && tokens[t + 1].Norm != "that"
                || tokens[t + 1].Norm is "while" or "whereas" or "although" or "though" or "but")) return t;
        }
        return end;
    }
}
