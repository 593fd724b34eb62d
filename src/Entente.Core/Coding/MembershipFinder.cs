using Entente.Dictionaries;
using Entente.Records;
using Entente.Recognition;
using Entente.Recognition.Time;
using Entente.Text;

namespace Entente.Coding;

/// <summary>
/// Membership facts: a named state linked to an organization by a membership construction, never by mere
/// proximity. A status noun next to the organization (<c>a member of NATO</c>, <c>an SCO partner country</c>,
/// <c>its full SCO membership</c>) takes its holder from a copula (<c>Laos became ...</c>), an apposition
/// (<c>Sweden, a NATO member,</c>), <c>as</c> (<c>Cambodia as ASEAN Chair</c>), a possessive
/// (<c>Finland's application for NATO membership</c>, <c>its NATO membership</c>) or a state right after it
/// (<c>NATO member Turkey</c>, <c>our G7 partners, Canada and Japan</c>); a membership verb takes its subject
/// (<c>Sweden joined NATO</c>, <c>Russia withdrew from the Council of Europe</c>). Negated (<c>is not a member</c>),
/// hypothetical or aspired (<c>wants to join</c>, <c>would become</c>, <c>support for Georgia's membership</c>)
/// and questioned statements state no membership; plural nouns with no state named (<c>NATO Allies</c>,
/// <c>EU partners</c>) state nothing.
/// </summary>
public sealed class MembershipFinder
{
    private const int SinceWindow = 12;
    private const int MaxLinkWords = 6;
    private const int MaxModifiers = 4;
    private const string Join = "join";
    private const string Member = "member";
    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    // The grammar of membership statements, read from membership-cues.txt (classes written "=name"):
    // link verbs ("is a member", "became a partner"), membership verbs by the status they give ("joined",
    // "withdrew"), prospect modifiers ("upcoming presidency"), words whose object is a wished-for membership
    // ("support for X's membership") and factive words that make a gerund a fact ("welcomed India joining").
    private const string GrammarPrefix = "=";
    private readonly HashSet<string> _linkVerbs;
    private readonly Dictionary<string, string> _membershipVerbs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _prospectWords;
    private readonly HashSet<string> _aspirationWords;
    private readonly HashSet<string> _factiveWords;

    private static readonly HashSet<string> LinkPrepositions = new(StringComparer.Ordinal) { "of", "in", "to", "from" };

    private readonly Dictionary<string, List<(string[] Words, string Status)>> _cues = new(StringComparer.Ordinal);
    private readonly Lexicon _lexicon;

    public MembershipFinder(Lexicon lexicon)
    {
        _lexicon = lexicon;
        var grammar = lexicon.Dictionaries.MembershipCues.Where(c => c.Status.StartsWith(GrammarPrefix, StringComparison.Ordinal))
            .GroupBy(c => c.Status, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Cue).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        HashSet<string> Class(string name) => grammar.GetValueOrDefault(name) ?? [];
        (_linkVerbs, _prospectWords, _aspirationWords, _factiveWords) = (Class("=link"), Class("=prospect"), Class("=aspiration"), Class("=factive"));
        foreach (var status in new[] { Join, "withdrawn", "suspended", "applicant" })
            foreach (var verb in Class(GrammarPrefix + status)) _membershipVerbs[verb] = status;
        foreach (var cue in lexicon.Dictionaries.MembershipCues.Where(c => !c.Status.StartsWith(GrammarPrefix, StringComparison.Ordinal)))
        {
            var words = Tokenizer.Tokenize(cue.Cue).Select(t => t.Norm).ToArray();
            if (!_cues.TryGetValue(words[0], out var list)) _cues[words[0]] = list = [];
            list.Add((words, cue.Status));
        }
        foreach (var list in _cues.Values) list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    private readonly record struct OrgPart(int Start, int End, string Acronym);

    /// <summary>The states a membership belongs to and the tokens that name them.</summary>
    private sealed record Holding(int Start, int End, IReadOnlyList<string> Countries);

    private sealed record Found(Holding State, string Org, string Status, int Start, int End, bool Joined);

    public void Find(Document doc, Sentence sentence, SentencePhrases phrases, SentenceActors actors, IReadOnlyList<TimeMention> times, List<FactRecord> facts)
    {
        var tokens = doc.Tokens;
        var first = sentence.FirstToken;
        var end = sentence.EndToken;
        if (IsQuestion(tokens, first, end)) return;
        var orgs = new List<OrgPart>();
        foreach (var phrase in phrases.All)
            foreach (var unit in phrase.Units)
                foreach (var part in unit.Parts)
                    if (part.Entry?.Organization is { } org) orgs.Add(new OrgPart(part.Start, part.End, org.Acronym));
        if (orgs.Count == 0) return;
        var orgAt = new Dictionary<int, OrgPart>();
        var orgEndingAt = new Dictionary<int, OrgPart>();
        var inOrg = new HashSet<int>();
        foreach (var o in orgs)
        {
            orgAt.TryAdd(o.Start, o);
            orgEndingAt.TryAdd(o.End, o);
            for (var k = o.Start; k < o.End; k++) inOrg.Add(k);
        }
        var ctx = new Ctx(tokens, first, end, phrases, actors, inOrg);
        var found = new List<Found>();

        for (var k = first; k < end; k++)
        {
            if (inOrg.Contains(k)) continue;
            // A membership verb: "Sweden joined NATO", "Russia withdrew from the Council of Europe".
            if (_membershipVerbs.TryGetValue(tokens[k].Norm, out var verbStatus))
            {
                if (VerbObject(ctx, k, orgAt) is { } obj && SubjectOf(ctx, k) is { } subject)
                {
                    var status = verbStatus == Join ? StatusAfter(ctx, obj.End) ?? Member : verbStatus;
                    found.Add(new Found(Of(ctx, subject), obj.Acronym, status, subject.Start, obj.End, verbStatus == Join));
                }
                continue;
            }
            if (MatchCue(tokens, k, end) is not { } cue || cue.Status == Join) continue;
            var cueEnd = k + cue.Length;
            // "ORG STATUS" ("NATO member", "SCO partner country", "NATO's newest member") or "STATUS of ORG".
            int npStart, npEnd;
            OrgPart org;
            if (OrgBefore(ctx, k, orgEndingAt) is { } before) { org = before; npStart = before.Start; npEnd = cueEnd; }
            else if (OrgAfter(ctx, cueEnd, cue.LastWord, cue.Status, orgAt) is { } after) { org = after; npStart = k; npEnd = after.End; }
            else continue;
            var holder = Holder(ctx, npStart, cue, out var joined);
            if (holder is null && org.End <= k && !cue.Abstract && Following(ctx, npEnd, cue.Plural) is { } next) holder = Of(ctx, next);
            if (holder is null) continue;
            found.Add(new Found(holder, org.Acronym, cue.Status, Math.Min(holder.Start, npStart), Math.Max(holder.End, npEnd), joined));
        }

        // One status per state and organization in a sentence: the most specific ("applications for NATO membership").
        var best = new Dictionary<(string Country, string Org), (Found F, string Country)>();
        foreach (var f in found)
            foreach (var country in f.State.Countries)
                if (!best.TryGetValue((country, f.Org), out var prior) || Priority(f.Status) > Priority(prior.F.Status))
                    best[(country, f.Org)] = (f, country);
        foreach (var (f, country) in best.Values)
        {
            facts.Add(new MembershipFact
            {
                Article = doc.Article.Id,
                Sentence = sentence.Index,
                Span = new TextSpan(tokens[f.Start].Start, tokens[f.End - 1].End),
                Text = doc.TextOf(sentence.Span),
                Country = country,
                Org = f.Org,
                Status = f.Status,
                Since = Since(doc, tokens, ClauseStart(tokens, first, f.Start), ClauseEnd(tokens, f.End, Math.Min(end, f.End + SinceWindow)), sentence, times, f.Joined),
            });
        }
    }

    private sealed record Ctx(Token[] Tokens, int First, int End, SentencePhrases Phrases, SentenceActors Actors, HashSet<int> InOrg);

    /// <summary>A status word; <see cref="Abstract"/> for a status itself ("membership", "presidency") rather than its holder ("member").</summary>
    private readonly record struct Cue(int Length, string Status, string LastWord, bool Plural, bool Abstract);

    private Cue? MatchCue(Token[] tokens, int k, int end)
    {
        if (!_cues.TryGetValue(tokens[k].Norm, out var list)) return null;
        foreach (var (words, status) in list)
        {
            if (k + words.Length > end) continue;
            var ok = true;
            for (var w = 1; w < words.Length && ok; w++) ok = tokens[k + w].Norm == words[w];
            if (!ok) continue;
            var last = words[^1];
            var next = k + words.Length < end ? tokens[k + words.Length].Norm : "";
            var isAbstract = last.EndsWith("ship", StringComparison.Ordinal) || last.EndsWith("cy", StringComparison.Ordinal)
                || last.EndsWith("ion", StringComparison.Ordinal) || last.EndsWith("ions", StringComparison.Ordinal)
                || last is "status" or "bid" or "bids" or "exit" or "join" || next is "year" or "years" or "status";
            return new Cue(words.Length, status, last, !isAbstract && last.EndsWith('s'), isAbstract);
        }
        return null;
    }

    /// <summary>"NATO member", "NATO's newest member", "2022 ASEAN Chair": the organization ends just before the status noun.</summary>
    private OrgPart? OrgBefore(Ctx c, int cueStart, Dictionary<int, OrgPart> orgEndingAt)
    {
        var words = 0;
        for (var k = cueStart; k > c.First; k--)
        {
            if (orgEndingAt.TryGetValue(k, out var org)) return org;
            var t = c.Tokens[k - 1];
            if (t.Norm is "'s" or "'") continue;
            if (!t.IsWord || ++words > 2 || IsVerbLike(t.Norm) || (IsGrammar(t.Norm) && t.Norm is not ("other" or "new" or "full")) || c.Phrases.EndingAt(k) is not null) return null;
        }
        return null;
    }

    /// <summary>"member of the UN Security Council", "membership in NATO", "application for NATO membership", "application to join NATO".</summary>
    private static OrgPart? OrgAfter(Ctx c, int cueEnd, string lastWord, string status, Dictionary<int, OrgPart> orgAt)
    {
        var k = cueEnd;
        if (lastWord != Join)
        {
            if (k >= c.End) return null;
            var link = c.Tokens[k].Norm;
            if (!LinkPrepositions.Contains(link) && !(link == "for" && status is "applicant" or "candidate")) return null;
            k++;
        }
        if (k < c.End && c.Tokens[k].Norm == "the") k++;
        return orgAt.TryGetValue(k, out var org) ? org : null;
    }

    /// <summary>The object of a membership verb: "joined (the) NATO", "acceded to the WTO", "withdrew from the Council", ending there.</summary>
    private OrgPart? VerbObject(Ctx c, int verb, Dictionary<int, OrgPart> orgAt)
    {
        var k = verb + 1;
        if (k < c.End && c.Tokens[k].Norm is "to" or "from" or "for") k++;
        if (k < c.End && c.Tokens[k].Norm == "the") k++;
        if (!orgAt.TryGetValue(k, out var org)) return null;
        // "joined the NATO summit", "joining EU sanctions": the organization only modifies the object.
        if (org.End < c.End)
        {
            var next = c.Tokens[org.End];
            if (next.IsWord && !IsGrammar(next.Norm) && !char.IsDigit(next.Norm[0]) && MatchCue(c.Tokens, org.End, c.End) is null) return null;
        }
        return org;
    }

    /// <summary>"joined the SCO as a full member", "joined ASEAN as an observer": the status the verb names.</summary>
    private string? StatusAfter(Ctx c, int orgEnd)
    {
        if (orgEnd >= c.End || c.Tokens[orgEnd].Norm != "as") return null;
        for (var k = orgEnd + 1; k < Math.Min(c.End, orgEnd + 4); k++)
            if (MatchCue(c.Tokens, k, c.End) is { Status: not Join } cue) return cue.Status;
        return null;
    }

    /// <summary>The subject of a membership verb: the state just before it, across auxiliaries, adverbs and "which".</summary>
    private ActorPhrase? SubjectOf(Ctx c, int verb)
    {
        if (StateBefore(c, verb, keepHypothetical: false, out _) is not { } subject) return null;
        // "Ukraine joining NATO" asserts nothing by itself; "welcomed India joining the Council" does.
        if (c.Tokens[verb].Norm.EndsWith("ing", StringComparison.Ordinal)
            && (subject.Start <= c.First || !_factiveWords.Contains(c.Tokens[subject.Start - 1].Norm))) return null;
        return subject;
    }

    /// <summary>
    /// The state a status noun phrase starting at <paramref name="npStart"/> belongs to, read leftwards across its
    /// determiners and adjectives: a copula subject, an apposition head, an "as" antecedent or a possessor.
    /// </summary>
    private Holding? Holder(Ctx c, int npStart, Cue cue, out bool joined)
    {
        joined = false;
        var tentative = cue.Status is "candidate" or "applicant";
        var k = SkipModifiers(c, npStart, out var prospect);
        if (prospect && !tentative) return null;
        if (k <= c.First) return null;
        var pre = c.Tokens[k - 1].Norm;
        // "a key partner and NATO Ally", "a strong NATO Ally and EU partner": coordinated status nouns share the holder.
        if (pre == "and")
        {
            var j = SkipModifiers(c, k - 1, out _, allowStatus: true);
            if (j < k - 1 && j > c.First && c.Tokens[j - 1].Norm is "," or "as" or "is" or "are" or "was" or "were" or "became" or "remains") { k = j; pre = c.Tokens[k - 1].Norm; }
        }
        // Possessive: "Finland's application", "Spain's NATO membership", "its full SCO membership". The possessor of
        // a holder noun is its counterpart, not the holder: in "its NATO Ally Montenegro" the ally is Montenegro.
        ActorPhrase? possessor = null;
        if (pre is "'s" or "'" && c.Phrases.EndingAt(k - 1) is { } p1) possessor = p1;
        else if (c.Phrases.EndingAt(k) is { IsPossessor: true } p2) possessor = p2;
        if (possessor is not null || pre is "its" or "their" or "'s" or "'")
        {
            if (!cue.Abstract) return null;
            var possessorStart = possessor?.Start ?? k - 1;
            // "support for Lithuania's membership", "the path to its EU membership": an aspiration.
            if (!tentative && possessorStart > c.First && _aspirationWords.Contains(c.Tokens[possessorStart - 1].Norm)) return null;
            if (possessor is not null) return IsState(c, possessor) ? Of(c, possessor) : null;
            if (pre is "'s" or "'") return StateUnitEndingAt(c, k - 1);
            return Antecedent(c, k - 1, singular: pre == "its");
        }
        // Apposition: "Sweden, a NATO member,"; "Estonia – a strong partner in NATO".
        if (pre is "," or "–" or "—" or "(" && c.Phrases.EndingAt(k - 1) is { } app && IsState(c, app)) return Of(c, app);
        if (pre == "as") return AsAntecedent(c, k - 1);
        if (_linkVerbs.Contains(pre))
        {
            joined = pre is "became" or "become" or "becomes" or "becoming" or "granted" or "obtained" or "received" or "gained";
            var state = StateBefore(c, k - 1, keepHypothetical: true, out var hypothetical);
            if (state is null || (hypothetical && !tentative)) return null;
            return Of(c, state);
        }
        return null;
    }

    /// <summary>Skips leftwards over a status noun phrase's determiners, numbers and adjectives ("one of the permanent").</summary>
    private int SkipModifiers(Ctx c, int from, out bool prospect, bool allowStatus = false)
    {
        prospect = false;
        var k = from;
        var words = 0;
        while (k > c.First && words < MaxModifiers + (allowStatus ? 3 : 0))
        {
            var t = c.Tokens[k - 1];
            var norm = t.Norm;
            if (allowStatus && (c.InOrg.Contains(k - 1) || MatchCue(c.Tokens, k - 1, c.End) is not null || norm is "'s" or "'")) { k--; words++; continue; }
            if (norm is "a" or "an" or "the" or "one" or "two" or "three" or "both" or "full" or "other") { k--; words++; continue; }
            if (norm == "of" && k - 2 > c.First && c.Tokens[k - 2].Norm is "one" or "two" or "three" or "some") { k--; continue; }
            if (!t.IsWord || t.IsCapitalized || IsGrammar(norm) || c.Phrases.EndingAt(k) is not null) break;
            // "a valued NATO Ally", "an elected member": a participle after an article is an adjective.
            if (IsVerbLike(norm) && !(k - 2 >= c.First && c.Tokens[k - 2].Norm is "a" or "an" or "the" && !_linkVerbs.Contains(norm))) break;
            if (_prospectWords.Contains(norm)) prospect = true;
            k--;
            words++;
        }
        return k;
    }

    /// <summary>"Cambodia as ASEAN Chair", "Russia, as a permanent member", "Cambodia in its role as", "Costa Rica was welcomed as".</summary>
    private Holding? AsAntecedent(Ctx c, int asAt)
    {
        for (var k = asAt; k > Math.Max(c.First, asAt - 5); k--)
        {
            if (c.Phrases.EndingAt(k) is { } phrase) return IsState(c, phrase) ? Of(c, phrase) : null;
            var t = c.Tokens[k - 1];
            if (c.InOrg.Contains(k - 1) || c.Phrases.StartingAt(k - 1) is not null) return null;
            // "Cambodia will host the meeting in its role as ASEAN Chair": "its" is the clause's state.
            if (t.Norm is "its" or "their") return Antecedent(c, k - 1, singular: t.Norm == "its");
            if (t.Norm is "," or "'s" or "'" or "its" or "their" or "in" or "on" or "was" or "were" or "is" or "has" or "been") continue;
            if (!t.IsWord || IsGrammar(t.Norm) || t.IsCapitalized) return null;
            // Nouns such as "role", "year", "election"; a participle only after a passive auxiliary.
            if (IsVerbLike(t.Norm) && !(t.Norm.EndsWith("ed", StringComparison.Ordinal) && k - 2 >= c.First && c.Tokens[k - 2].Norm is "was" or "were" or "been" or "is" or "be")) return null;
        }
        return null;
    }

    /// <summary>
    /// The state phrase ending just before a verb, across adverbs, auxiliaries, "which" and commas; null when the
    /// verb is negated or, for a membership verb, not asserted (modal, infinitive, wish).
    /// </summary>
    private ActorPhrase? StateBefore(Ctx c, int verb, bool keepHypothetical, out bool hypothetical)
    {
        hypothetical = false;
        var k = verb;
        for (var steps = 0; k > c.First && steps <= MaxLinkWords; steps++)
        {
            if (c.Phrases.EndingAt(k) is { } phrase)
            {
                if (!IsState(c, phrase)) return null;
                if (PrecededByCondition(c, phrase.Start)) hypothetical = true;
                return hypothetical && !keepHypothetical ? null : phrase;
            }
            var t = c.Tokens[k - 1];
            var norm = t.Norm;
            if (_lexicon.Is(norm, WordClass.Negator) || norm is "no" or "longer" or "neither" or "nor") return null;
            if (_lexicon.Is(norm, WordClass.Modal) || _lexicon.Is(norm, WordClass.Future) || norm is "to" or "aspires" or "aspire" or "seeks" or "seek" or "wishes") hypothetical = true;
            else if (!(_lexicon.Is(norm, WordClass.Adverb) || _lexicon.Is(norm, WordClass.Auxiliary) || _lexicon.Is(norm, WordClass.Relative)
                       || norm is "," or "both" or "all" or "currently" or "of" or "course" or "for" or "on" or "by" or "itself" or "themselves"))
                return null;
            k--;
        }
        return null;
    }

    /// <summary>"if Ukraine joined", "whether Georgia becomes": a condition, not a statement.</summary>
    private static bool PrecededByCondition(Ctx c, int start)
    {
        for (var k = start - 1; k >= Math.Max(c.First, start - 3); k--)
            if (c.Tokens[k].Norm is "if" or "whether" or "unless" or "once" or "neither") return true;
        return false;
    }

    /// <summary>"NATO member Turkey", "ASEAN chair, Cambodia", "NATO's Asia-Pacific partners, Australia, Japan".</summary>
    private static ActorPhrase? Following(Ctx c, int npEnd, bool plural)
    {
        var k = npEnd;
        if (k < c.End && c.Tokens[k].Norm == ",") k++;
        else if (plural) return null;
        return c.Phrases.StartingAt(k) is { } p && p.Start == k && IsState(c, p) ? p : null;
    }

    /// <summary>
    /// What "its" or "their" refers to: the nearest state before it in its clause; for "its" after a coordination
    /// ("the United States and Austria, in its capacity as ..."), the last member.
    /// </summary>
    private static Holding? Antecedent(Ctx c, int pronoun, bool singular)
    {
        var start = ClauseStart(c.Tokens, c.First, pronoun);
        var phrase = c.Phrases.All.LastOrDefault(p => p.Start >= start && p.End <= pronoun && IsState(c, p));
        if (phrase is null) return null;
        var all = Of(c, phrase);
        if (!singular || phrase.Units.Count < 2) return all;
        var last = phrase.Units[^1];
        return last.Actor is { Country: { } country } a && IsStateActor(a) ? new Holding(last.Start, last.End, [country]) : all;
    }

    /// <summary>"Norway's NATO membership" may be one phrase: the state is the unit ending before the "'s".</summary>
    private static Holding? StateUnitEndingAt(Ctx c, int end)
    {
        foreach (var phrase in c.Phrases.All)
            foreach (var unit in phrase.Units)
                foreach (var part in unit.Parts)
                    if (part.End == end && part.Kind == LexKind.Country && part.Entry?.Country is { } country)
                        return new Holding(part.Start, end, [country.Code]);
        return null;
    }

    private static Holding Of(Ctx c, ActorPhrase phrase) =>
        new(phrase.Start, phrase.End, c.Actors.Of(phrase).Where(IsStateActor).Select(a => a.Country!).Distinct(StringComparer.Ordinal).ToList());

    /// <summary>A state, its government or a capital standing for it; not a person, a people or a demonym's role.</summary>
    private static bool IsState(Ctx c, ActorPhrase phrase)
    {
        if (phrase.IsPairReference) return false;
        foreach (var unit in phrase.Units)
            if (unit.Parts.Count > 0 && unit.Parts[^1].Kind is LexKind.Demonym or LexKind.Person or LexKind.Place || unit.Parts.Any(p => p.IsNewName)) return false;
        return c.Actors.Of(phrase).Count > 0 && c.Actors.Of(phrase).All(IsStateActor);
    }

    private static bool IsStateActor(ActorRef a) => a.Country is not null && a.Person is null && a.AgentCode is null or "GOV";

    private bool IsVerbLike(string norm) => _lexicon.VerbForms.ContainsKey(norm) || _linkVerbs.Contains(norm) || _membershipVerbs.ContainsKey(norm);

    private bool IsGrammar(string norm) =>
        _lexicon.Closed.TryGetValue(norm, out var classes) && classes.Any(cl => cl is not (WordClass.Adverb or WordClass.Future or WordClass.Reporting or WordClass.Light));

    private static bool IsQuestion(Token[] tokens, int first, int end)
    {
        for (var k = end - 1; k >= first; k--)
        {
            if (tokens[k].Norm is "\"" or "'" or ")") continue;
            return tokens[k].Norm == "?";
        }
        return false;
    }

    private static int Priority(string status) => status switch
    {
        Member => 1,
        "partner" or "observer" or "dialogue partner" => 2,
        "candidate" or "applicant" => 3,
        _ => 4,
    };

    /// <summary>
    /// When the status began: "the Nth anniversary of its membership" counts back from publication; a joining
    /// verb takes the clause's date; otherwise unknown.
    /// </summary>
    private static PartialDate? Since(Document doc, Token[] tokens, int from, int to, Sentence sentence, IReadOnlyList<TimeMention> times, bool joined)
    {
        to = Math.Min(to, sentence.EndToken);
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Norm is not ("anniversary" or "anniversaries")) continue;
            var years = k > from ? Array.IndexOf(Ordinals, tokens[k - 1].Norm) + 1 : 0;
            if (years <= 0) continue;
            var then = doc.Article.Published.AddYears(-years);
            return PartialDate.OfMonth(then.Year, then.Month);
        }
        if (!joined) return null;
        foreach (var t in times)
            if (sentence.FirstToken + t.TokenStart >= from && sentence.FirstToken + t.TokenStart < to) return t.Past;
        return null;
    }

    private static int ClauseEnd(Token[] tokens, int from, int limit)
    {
        for (var k = from; k < limit; k++)
            if (tokens[k].Norm is ";" or "while" or "whereas" or "but") return k;
        return limit;
    }

    private static int ClauseStart(Token[] tokens, int start, int at)
    {
        for (var k = at - 1; k > start; k--)
            if (tokens[k].Norm is ";" or "while" or "whereas" or "but") return k + 1;
        return start;
    }
}
