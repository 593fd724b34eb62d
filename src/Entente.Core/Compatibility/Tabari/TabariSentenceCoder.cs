using Entente.Dictionaries;
using Entente.Text;

namespace Entente.Compatibility.Tabari;

/// <summary>
/// Codes one sentence by TABARI's conventions. The verbs are taken in order; each codes from where the last one
/// stopped (its target, or its pattern's end). The source is the pattern's <c>$</c> or <c>%</c>, else the
/// <c>by</c>-phrase of a passive, else the verb's subject (see <see cref="Subject"/>), or for a verb joined by
/// <c>and</c> the previous verb's. The target is the pattern's <c>+</c> or <c>%</c>, else the first actor phrase after
/// the verb, before the next finite verb and not its subject. A coordinated source with no target codes its members
/// towards each other. <c>[X:Y]</c> adds the reverse event coded Y.
/// </summary>
internal sealed class TabariSentenceCoder(TabariCoder compiled)
{
    private static readonly TabariActor Unknown = new(TabariCodes.None, null, "");
    private const int ByWindow = 3;

    public List<TabariEvent> Code(Token[] tokens, int start, int end, DateOnly date, EngineOptions options, Func<int, int, string> textOf)
    {
        var mentions = TabariMentions.Find(compiled.Lexicon, tokens, start, end);
        var mentionAt = mentions.ToDictionary(m => m.Start);
        var phrases = compiled.Phrases.Build(tokens, start, end, mentionAt);
        var view = new TabariSentenceView(tokens, start, end, mentions, phrases, compiled.Phrases.IsNounWord, compiled.Lexicon);
        var verbs = compiled.Verbs.Find(tokens, start, end, mentionAt, phrases);
        var resolved = new Dictionary<TabariPhrase, List<TabariActor>>();
        List<TabariActor> Actors(TabariPhrase? p)
        {
            if (p is null) return [];
            if (!resolved.TryGetValue(p, out var list)) resolved[p] = list = TabariActorResolver.Resolve(p, date, textOf);
            return list;
        }
        List<TabariActor> Slot(TabariMention m) =>
            view.PhraseOf(m) is { } p ? TabariActorResolver.ResolveFrom(p, m, date, textOf) : [];

        var events = new List<TabariEvent>();
        var pos = start;
        List<TabariActor>? lastSources = null;
        for (var v = 0; v < verbs.Count; v++)
        {
            var verb = verbs[v];
            if (verb.Head < pos) continue;
            // Once the sentence has an event, verbs of adverbial clauses ("after crowds burned down its embassy") add none.
            if (events.Count > 0 && InSubordinateClause(view, verb)) continue;
            // The clause runs to the next finite verb; an infinitive ("efforts to stop X") does not end it.
            var next = verbs.Skip(v + 1).FirstOrDefault(x => !x.Infinitive);
            var nextVerb = next?.Start ?? end;
            var match = BestOfLemmas(tokens[verb.Head].Norm, verb, view, pos, next is null ? end : next.Head + 1);
            var code = match?.Pattern.Code ?? TabariCodes.None;
            var reverse = match is null ? null : match.Pattern.Options.Symmetric ? code : match.Pattern.Options.ReverseCode;
            if (match is null || (code == TabariCodes.None && reverse is null))
            {
                // A verb that codes nothing still has a subject for the verb joined to it ("had attacked Iraq and taken Mosul").
                if (!IsConjoined(tokens, start, verb) && Actors(Subject(view, pos, verb, null, Actors)) is { Count: > 0 } subject) lastSources = subject;
                continue;
            }

            List<TabariActor> sources = [], targets = [];
            TabariPhrase? sourcePhrase = null, targetPhrase = null;
            if (match.Compound is { } compound)
            {
                if (match.CompoundIsSource) (sourcePhrase, sources) = (compound, Actors(compound));
                else (targetPhrase, targets) = (compound, Actors(compound));
            }
            if (match.Source is { } sm) (sourcePhrase, sources) = (view.PhraseOf(sm), Slot(sm));
            if (match.Target is { } tm) (targetPhrase, targets) = (view.PhraseOf(tm), Slot(tm));
            var slotted = match.Source is not null || match.Target is not null || match.Compound is not null;
            var pairs = match.Compound is not null && match.CompoundIsSource && match.Target is null;

            if (!slotted && verb.Passive && ByPhrase(view, verb) is { } agent)
            {
                // "Eriador was opposed by Osgiliath": the by-phrase acts on the subject.
                targetPhrase = Subject(view, pos, verb, agent, Actors);
                (sourcePhrase, sources, targets) = (agent, Actors(agent), Actors(targetPhrase));
            }
            else
            {
                if (sourcePhrase is null)
                {
                    if (IsConjoined(tokens, start, verb) && lastSources is not null) sources = lastSources;
                    else sources = Actors(sourcePhrase = Subject(view, pos, verb, targetPhrase, Actors));
                }
                if (targetPhrase is null && !pairs)
                    targets = Actors(targetPhrase = FirstObject(view, verb.Head + 1, nextVerb, sourcePhrase, Actors));
                if (options.NewActorLength > 0)
                {
                    // PETRARCH-1 named an unknown subject or object by its words ("INJURY TOLL").
                    // An unknown subject, or one coordinated with the known one ("Eriador's death and injury toll").
                    if (NewActors.Before(view, pos, verb.Start - 1, options.NewActorLength) is var (subject, at) && subject is not null
                        && (sources.Count == 0 || (sourcePhrase is not null && at - 1 == sourcePhrase.Extent && tokens[at - 1].Norm is "and" or ",")))
                        sources = [.. sources, subject];
                    if (targets.Count == 0 && NewActors.After(view, verb.Head + 1, nextVerb, options.NewActorLength) is { } obj) targets = [obj];
                }
            }
            pairs |= targets.Count == 0 && sources.Count > 1;
            Emit(events, sources, targets, code, reverse, pairs, options.RequireDyad, match, sourcePhrase, targetPhrase);
            if (sources.Count > 0) lastSources = sources;
            pos = Math.Max(pos, Math.Max(verb.Head, match.Last) + 1);
            if (targetPhrase is not null && targetPhrase.Start > verb.Head) pos = Math.Max(pos, targetPhrase.End);
            if (sourcePhrase is not null && sourcePhrase.Start > verb.Head) pos = Math.Max(pos, sourcePhrase.End);
        }
        return events.DistinctBy(e => (e.Source.Code, e.Target.Code, e.Code)).ToList();
    }

    /// <summary>
    /// The best match among the lemmas a form may belong to (<c>attacked</c> is ATTACK's past and a family of its
    /// own): the longest pattern wins, ties go to the first lemma.
    /// </summary>
    private TabariMatch? BestOfLemmas(string form, TabariVerb verb, TabariSentenceView view, int pos, int limit)
    {
        TabariMatch? best = null;
        var lemmas = compiled.Lexicon.VerbForms.TryGetValue(form, out var forms) ? forms.Select(f => f.Lemma).Prepend(verb.Form.Lemma).Distinct(StringComparer.Ordinal) : [verb.Form.Lemma];
        foreach (var lemma in lemmas)
        {
            if (!compiled.Patterns.TryGetValue(lemma, out var ordered)) continue;
            if (TabariPatternMatcher.Best(ordered, verb, view, pos, limit) is { } match
                && (best is null || match.Pattern.Elements.Count > best.Pattern.Elements.Count || (best.Pattern.Code == TabariCodes.None && match.Pattern.Code != TabariCodes.None && match.Pattern.Elements.Count == best.Pattern.Elements.Count)))
                best = match;
        }
        return best;
    }

    private static void Emit(List<TabariEvent> events, List<TabariActor> sources, List<TabariActor> targets, string code, string? reverse,
        bool pairs, bool requireDyad, TabariMatch match, TabariPhrase? sourcePhrase, TabariPhrase? targetPhrase)
    {
        var first = Math.Min(match.First, Math.Min(sourcePhrase?.Start ?? int.MaxValue, targetPhrase?.Start ?? int.MaxValue));
        var last = Math.Max(match.Last, Math.Max(sourcePhrase?.End - 1 ?? -1, targetPhrase?.End - 1 ?? -1));
        void Add(TabariActor s, TabariActor t, string c)
        {
            if (c != TabariCodes.None && s.Code != t.Code) events.Add(new TabariEvent(s, t, c, match.Pattern.Id, first, last));
        }
        if (pairs)
        {
            foreach (var a in sources)
                foreach (var b in sources)
                    Add(a, b, code);
            return;
        }
        if (sources.Count == 0 && targets.Count == 0) return;
        var missing = sources.Count == 0 || targets.Count == 0;
        if (missing && requireDyad) return;
        foreach (var s in sources.Count > 0 ? sources : [Unknown])
            foreach (var t in targets.Count > 0 ? targets : [Unknown])
            {
                Add(s, t, code);
                if (reverse is not null && !missing) Add(t, s, reverse);
            }
    }

    /// <summary>
    /// The source of a verb: the actor phrase right before its group, unless that phrase is the object of a
    /// preposition (<c>between Radagast the Brown called</c>); no one when a noun phrase without an actor stands there
    /// (<c>a hafling was reported</c>); else the first actor phrase from <paramref name="from"/> on (TABARI's rule,
    /// which also passes over pronouns: <c>Ethiopia indicated it would act</c>).
    /// </summary>
    private static TabariPhrase? Subject(TabariSentenceView view, int from, TabariVerb verb, TabariPhrase? except, Func<TabariPhrase?, List<TabariActor>> actors)
    {
        var b = verb.Start - 1;
        if (b >= from)
        {
            var right = view.Phrases.FirstOrDefault(p => p.Start >= from && (p.End - 1 == b || p.Extent - 1 == b));
            if (right is not null)
            {
                if (right != except && actors(right).Count > 0 && !AfterPreposition(view, right.Start)) return right;
            }
            else if (view.IsNounWord(view.Tokens[b]))
            {
                var start = view.NounPhraseBefore(b, from);
                var before = start - 1 >= view.Start ? view.Tokens[start - 1].Norm : "";
                // "Eriador's death and injury toll has risen": the actor is one of the coordinated subjects.
                if (before is "and" or "," && view.Phrases.FirstOrDefault(p => p.Extent == start - 1 && p.Start >= from) is { } coordinated
                    && coordinated != except && actors(coordinated).Count > 0) return coordinated;
                var verbal = before is "to" || view.Lexicon.Is(before, WordClass.Auxiliary) || view.Lexicon.Is(before, WordClass.Modal);
                if (start >= 0 && !verbal && !AfterPreposition(view, start)) return null;
            }
        }
        return FirstPhrase(view, from, verb.Start, except, actors);
    }

    /// <summary>
    /// The token before <paramref name="start"/> is a preposition that cannot open a clause (<c>on</c>, not <c>after</c>)
    /// and does not join the phrase to a head noun (<c>Hundreds of UN troops</c>).
    /// </summary>
    private static bool AfterPreposition(TabariSentenceView view, int start)
    {
        if (start - 1 < view.Start) return false;
        var norm = view.Tokens[start - 1].Norm;
        return norm != "of" && view.Lexicon.Is(norm, WordClass.Preposition) && !view.Lexicon.Is(norm, WordClass.Subordinator);
    }

    /// <summary>The first phrase in <c>[from, to)</c> that codes an actor and is no prepositional object (the subject stretch of a verb).</summary>
    private static TabariPhrase? FirstPhrase(TabariSentenceView view, int from, int to, TabariPhrase? except, Func<TabariPhrase?, List<TabariActor>> actors) =>
        view.Phrases.FirstOrDefault(p => p.Start >= from && p.End <= to && p != except && actors(p).Count > 0 && !AfterPreposition(view, p.Start));

    /// <summary>The first actor phrase after the verb, before the next finite verb and not that verb's subject.</summary>
    private static TabariPhrase? FirstObject(TabariSentenceView view, int from, int nextVerb, TabariPhrase? except, Func<TabariPhrase?, List<TabariActor>> actors)
    {
        foreach (var p in view.Phrases)
        {
            if (p.Start < from || p == except || actors(p).Count == 0) continue;
            // A phrase right before the next finite verb is that verb's subject.
            if (p.Start >= nextVerb || (nextVerb < view.End && (p.End == nextVerb || p.Extent == nextVerb))) return null;
            return p;
        }
        return null;
    }

    /// <summary>"was opposed (earlier) by X": the phrase after <c>by</c>, right after the verb.</summary>
    private static TabariPhrase? ByPhrase(TabariSentenceView view, TabariVerb verb)
    {
        var tokens = view.Tokens;
        for (var t = verb.Head + 1; t < view.End && t - verb.Head <= ByWindow; t++)
        {
            if (tokens[t].Norm == "by")
                return view.Phrases.FirstOrDefault(p => p.Start > t && p.Start - t <= ByWindow);
            if (!tokens[t].IsWord) return null;
        }
        return null;
    }

    /// <summary>A subordinating word (<c>after</c>, <c>when</c>, <c>until</c>) opens the verb's clause: no comma stands between them.</summary>
    private static bool InSubordinateClause(TabariSentenceView view, TabariVerb verb)
    {
        for (var t = verb.Start - 1; t >= view.Start; t--)
        {
            var norm = view.Tokens[t].Norm;
            if (norm is "," or ";" or ":") return false;
            if (view.Lexicon.Is(norm, WordClass.Subordinator)) return true;
        }
        return false;
    }

    /// <summary>A verb that follows <c>and</c> or <c>but</c> shares the subject of the verb before it.</summary>
    private static bool IsConjoined(Token[] tokens, int start, TabariVerb verb) =>
        verb.Start - 1 >= start && tokens[verb.Start - 1].Norm is "and" or "but";
}
