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
    private readonly VerbGroupFinder _verbs = new(lexicon);
    private readonly PatternMatcher _matcher = new(lexicon);
    private readonly ArgumentFinder _arguments = new(lexicon);
    private readonly Clauses _clauses = new(lexicon);

    /// <param name="subjectsFound">Receives the subjects of the sentence's finite verbs, for "it" and "they" in the next one.</param>
    public List<EventCandidate> Code(Token[] tokens, Sentence sentence, SentencePhrases phrases, SentenceActors actors, SentenceContext context,
        List<SubjectMention>? subjectsFound = null)
    {
        var start = sentence.FirstToken;
        var end = sentence.EndToken;
        var groups = _verbs.Find(tokens, start, end, phrases.CoveredTokens(), phrases.Ends());
        var events = new List<EventCandidate>();
        var subjects = new Dictionary<VerbGroup, IReadOnlyList<ActorRef>>();
        var usedNouns = new HashSet<int>();
        var questionAuxiliaries = _clauses.QuestionAuxiliaries(tokens, start, end, phrases);
        var mentions = new List<SubjectMention>();
        var mentionOf = new Dictionary<VerbGroup, SubjectMention>();
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            var clauseStart = Clauses.Start(tokens, start, group.Start);
            var clauseEnd = _clauses.End(tokens, group.Head + 1, end);
            var passiveLike = group.Passive || (group.Form.CanBeParticiple && _arguments.ByPhraseFollows(tokens, group.Head + 1, clauseEnd));
            var match = _matcher.Best(lexicon.VerbPatterns[group.Form.Lemma], tokens, group.Head, clauseStart, clauseEnd, phrases, passiveLike);
            // "X accused Moscow ... and called on the UN": a verb joined by "and" shares the earlier verb's subject.
            var conjunct = g > 0 ? Conjunct(groups, g) : null;
            var sharesSubject = group.Conjoined && conjunct is not null && subjects.TryGetValue(conjunct, out var shared) && shared.Count > 0;
            string? pronoun = null;
            var pronounAt = -1;
            var subjectPhrase = sharesSubject ? null : _arguments.FindSubject(tokens, clauseStart, group, phrases, out pronoun, out pronounAt);
            IReadOnlyList<ActorRef> subject = sharesSubject ? subjects[conjunct!]
                : subjectPhrase is not null ? _arguments.ListSubject(tokens, clauseStart, subjectPhrase, phrases, actors) : ArgumentFinder.ResolvePronoun(pronoun, context);
            // "The delegations signed ...": a plural role naming no state, in a mutual act, is the two parties in focus.
            if (subject.Count == 0 && subjectPhrase is { Units: [{ Plural: true } only] } && only.Parts.All(p => p.Kind == LexKind.Agent)
                && match?.Pattern.Options is { Symmetric: true } or { Mutual: true })
                subject = context.PartiesInFocus;
            // "It condemned ...", "they agreed ...": the one compatible subject before it.
            if (subject.Count == 0 && subjectPhrase is null && !sharesSubject && pronoun is not null)
                subject = _arguments.ResolveReferring(pronoun, pronounAt, tokens, start, group, phrases, mentions, context);
            subjects[group] = subject;
            if (subject.Count > 0 && !group.Infinitive)
            {
                var plural = sharesSubject ? mentionOf.TryGetValue(conjunct!, out var earlier) && earlier.Plural
                    // A list whose members did not all resolve ("Sherman and Minister Choi") is no referent: "they" would lose one side.
                    : subjectPhrase is not null ? subject.Count > 1 || (subjectPhrase.Units is [{ PluralInSense: true }] && !subjectPhrase.IsPairReference)
                    : subject.Count > 1 || pronoun is "they";
                var complete = sharesSubject ? mentionOf.TryGetValue(conjunct!, out var prior) && prior.Complete
                    : subjectPhrase is null || subject.Count >= subjectPhrase.Units.Count;
                var mention = new SubjectMention(subject, plural, complete);
                mentions.Add(mention);
                mentionOf[group] = mention;
            }
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
            // "China could attack", "we can meet", "they should sign": possible or advised, not done.
            if (group.Negated || group.Possible || Clauses.IsHypothetical(tokens, clauseStart, group.Start)) continue;
            // "Did the U.S. pledge aid to Ukraine?": a question asserts nothing about the act it asks about.
            if (questionAuxiliaries.Count > 0 && _clauses.IsQuestioned(tokens, questionAuxiliaries, group, groups)) continue;
            var source = subject;
            IReadOnlyList<ActorRef> target = match.Target is not null ? actors.Of(match.Target) : [];
            // "stood by Russia": a pattern that asks for "by" itself is no passive.
            var asksForBy = match.Pattern.HeadIndex + 1 < match.Pattern.Elements.Count
                && match.Pattern.Elements[match.Pattern.HeadIndex + 1].Words is { } next && next.Contains("by");
            if (asksForBy) group = group with { Passive = false };
            // The other actor's phrase when it lies outside the pattern's words, so the evidence span covers it too.
            ActorPhrase? otherPhrase = null;
            var reduced = !asksForBy && !group.Passive && group.Form.CanBeParticiple && _arguments.ByPhraseFollows(tokens, group.Head + 1, clauseEnd);
            if (reduced)
            {
                // "the summit, hosted by Brunei": a reduced passive; its target is the noun it follows, if an actor.
                var by = _arguments.ByPhrase(tokens, group.Head + 1, clauseEnd, phrases);
                var before = phrases.EndingAt(group.Start) ?? (group.Start > 0 && tokens[group.Start - 1].Norm == "," ? phrases.EndingAt(group.Start - 1) : null);
                if (by is null || before is null) continue;
                (source, target) = (actors.Of(by), actors.Of(before));
                otherPhrase = by;
                subjectPhrase = before;
            }
            else if (group.Passive)
            {
                var by = _arguments.ByPhrase(tokens, group.Head + 1, clauseEnd, phrases);
                if (by is null) continue;
                (source, target) = (actors.Of(by), match.Target is not null ? target : subject);
                otherPhrase = by;
            }
            else if (match.Target is null && !((match.Pattern.Options.Symmetric || match.Pattern.Options.Mutual) && subject.Count > 1))
            {
                // The pattern's last word may be the head of the object itself ("stormed the Saudi embassy").
                var holder = match.LastToken > group.Head
                    ? phrases.All.FirstOrDefault(p => p.Start <= match.LastToken && match.LastToken < p.End && actors.Of(p).Count > 0)
                    : null;
                // Else the object follows the pattern's words, or stands inside its gap ("met X on the sidelines").
                otherPhrase = holder
                    ?? _arguments.FirstObject(tokens, Math.Max(group.Head, match.LastToken) + 1, clauseEnd, phrases, actors, subjectPhrase)
                    ?? _arguments.FirstObject(tokens, group.Head + 1, match.LastToken, phrases, actors, subjectPhrase);
                target = actors.Of(otherPhrase);
            }
            var future = group.Future || match.Pattern.Options.Intent;
            var confidence = 0.55 + (match.Target is not null ? 0.2 : 0.05) + (match.Pattern.Specificity > 2 ? 0.1 : 0);
            if (subjectPhrase is null) confidence -= 0.15;
            if (subjectPhrase is not null && group.Head - subjectPhrase.End > 8) confidence -= 0.1;
            var first = Math.Min(match.FirstToken, subjectPhrase?.Start ?? match.FirstToken);
            // "has committed", "offered": an intent pattern in the past tense is coded as intent but dated as past.
            var futureTense = group.Future || (match.Pattern.Options.Intent && group.Form.Inflection is not (VerbInflection.Past or VerbInflection.PastOrParticiple));
            var last = Math.Max(match.LastToken, Math.Max(match.Target?.End - 1 ?? 0, otherPhrase?.End - 1 ?? 0));
            Emit(events, match.Pattern, source, target, first, last, group.Head, future, confidence, futureTense);
        }
        CodeEventNouns(tokens, start, end, groups, phrases, actors, usedNouns, events);
        subjectsFound?.AddRange(mentions);
        return events;
    }

    /// <summary>
    /// The verb a conjoined verb shares its subject with: the one before it, except that a finite past or -s form
    /// after an infinitive ("commended Peru's efforts to support Bolivia, and discussed ...") joins the finite verb
    /// before the infinitive; a bare form ("urged Peru to stop and withdraw") joins the infinitive.
    /// </summary>
    private static VerbGroup? Conjunct(List<VerbGroup> groups, int g)
    {
        var group = groups[g];
        if (group.Infinitive || group.Form.Inflection is VerbInflection.Base || !groups[g - 1].Infinitive) return groups[g - 1];
        for (var k = g - 1; k >= 0; k--)
            if (!groups[k].Infinitive) return groups[k];
        return null;
    }

    private void Emit(List<EventCandidate> events, EventPattern pattern, IReadOnlyList<ActorRef> sources, IReadOnlyList<ActorRef> targets,
        int first, int last, int head, bool future, double confidence, bool? futureTense = null)
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
            events.Add(new EventCandidate(s, t, c, pattern.Id, first, last, head, modality, futureTense ?? future, Math.Clamp(conf - dis, 0.05, 0.99)));
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
            var clauseEnd = _clauses.End(tokens, k + 1, end);
            var match = _matcher.Best(lexicon.NounPatterns[lemma], tokens, k, start, clauseEnd, phrases);
            if (match?.Target is null || match.Pattern.Options.Light || Clauses.IsHypothetical(tokens, start, k)) continue;
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
}
