using Entente.Dictionaries;
using Entente.Records;
using Entente.Recognition;
using Entente.Text;

namespace Entente.Coding;

/// <summary>
/// Finds and resolves the actor phrases of a sentence, consulting and feeding the article memory, and reports
/// the offices the sentence states (<c>Jamaican Prime Minister Andrew Holness</c>).
/// </summary>
public sealed class ActorAnalysis(Lexicon lexicon)
{
    private readonly ActorPhraseBuilder _builder = new(lexicon);
    private readonly ActorResolver _resolver = new(lexicon);
    private readonly OfficeFactRules _officeRules = new(lexicon);

    public (SentencePhrases Phrases, SentenceActors Actors) Analyse(
        Document doc, Sentence sentence, DateOnly date, ArticleMemory memory, List<FactRecord> facts)
    {
        var tokens = doc.Tokens;
        var mentions = MentionFinder.Find(lexicon, tokens, sentence.FirstToken, sentence.EndToken);
        var phrases = new SentencePhrases(_builder.Build(tokens, sentence.FirstToken, sentence.EndToken, mentions, memory));
        var actors = new SentenceActors();
        string TextOf(int a, int b) => doc.Text[tokens[a].Start..tokens[b - 1].End];
        foreach (var phrase in phrases.All)
        {
            var resolved = new List<ActorRef>();
            if (phrase.IsPairReference) resolved.AddRange(memory.ResolvePair(phrase.Units[0].Parts[^1].Entry?.Agent?.Office ?? OfficeKind.None));
            else
            {
                OfficeFact? shared = null;
                foreach (var unit in phrase.Units)
                {
                    var before = facts.Count;
                    var actor = _resolver.Resolve(unit, TextOf, date, memory) ?? ResolveRole(unit, TextOf, memory);
                    if (actor is null)
                    {
                        ReportUnplacedOffice(doc, sentence, unit, TextOf, facts);
                        if (!ReportSharedTitle(doc, unit, shared, TextOf, facts)) shared = null;
                        continue;
                    }
                    unit.Actor = actor;
                    resolved.Add(actor);
                    LearnAndReport(doc, sentence, date, unit, actor, TextOf, memory, facts);
                    if (facts.Count > before && facts[^1] is OfficeFact office && unit.Plural is false && IsPluralTitle(unit)) shared = office;
                    else if (!ReportSharedTitle(doc, unit, shared, TextOf, facts)) shared = null;
                }
            }
            actors.Set(phrase, resolved);
            // The person opening a sentence is its subject, whether or not an event comes of it ("He" refers back).
            var opensSentence = phrase.Start == sentence.FirstToken || (phrase.Start == sentence.FirstToken + 1 && !tokens[sentence.FirstToken].IsWord);
            foreach (var actor in resolved) memory.Remember(actor, asSubject: opensSentence);
        }
        return (phrases, actors);
    }

    /// <summary><c>the Secretary</c>, <c>the Prime Minister</c>: a role with no state named is the latest such actor.</summary>
    private static ActorRef? ResolveRole(PhraseUnit unit, Func<int, int, string> textOf, ArticleMemory memory)
    {
        if (unit.Parts.Count == 0 || unit.Parts.Any(p => p.Kind != LexKind.Agent)) return null;
        var head = unit.Parts[^1];
        return memory.ResolveRole(textOf(head.Start, head.End).ToLowerInvariant(), head.Entry!.Agent!.Office);
    }

    /// <summary>"military officials Zaw Hein and Ko Ko Oo": a plural title before the first name.</summary>
    private static bool IsPluralTitle(PhraseUnit unit) =>
        unit.Parts.Any(p => p.Kind == LexKind.Agent && p.Entry!.Plural) && unit.Parts.Any(p => p.IsNewName || p.Kind == LexKind.Person);

    /// <summary>
    /// A name coordinated after a plural title's first name holds the same office ("Senators Graham and Blumenthal");
    /// false when the unit is not such a bare name.
    /// </summary>
    private bool ReportSharedTitle(Document doc, PhraseUnit unit, OfficeFact? shared, Func<int, int, string> textOf, List<FactRecord> facts)
    {
        if (shared is null || unit.Parts.Count != 1 || unit.Parts[0] is not { IsNewName: true } name) return false;
        if (!_officeRules.IsPersonName(doc.Tokens, name.Start, name.End)) return false;
        facts.Add(shared with
        {
            Span = new TextSpan(doc.Tokens[name.Start].Start, doc.Tokens[name.End - 1].End),
            Person = OfficeFactRules.CleanName(textOf(name.Start, name.End)),
        });
        return true;
    }

    /// <summary>The state an official belongs to when the text names none; <see cref="ArticleCoder"/> fills it in.</summary>
    public const string UnplacedCountry = "";

    /// <summary>"Spokesperson Ned Price": a titled person with no state named, placed later by the article's home state.</summary>
    private void ReportUnplacedOffice(Document doc, Sentence sentence, PhraseUnit unit, Func<int, int, string> textOf, List<FactRecord> facts)
    {
        var name = unit.Parts.FirstOrDefault(p => p.IsNewName && p.End > p.Start);
        var titles = unit.Parts.Where(p => p.Kind == LexKind.Agent).ToList();
        if (name.End == 0 || titles.Count == 0 || titles[0].Entry!.Agent!.Code is not ("GOV" or "MIL" or "JUD" or "LEG")) return;
        var role = OfficeFactRules.CleanRole(textOf(titles[0].Start, TitleEnd(unit, titles)));
        if (!_officeRules.IsOfficeRole(role, titles[0]) || !_officeRules.IsPersonName(doc.Tokens, name.Start, name.End)) return;
        facts.Add(new OfficeFact
        {
            Article = doc.Article.Id,
            Sentence = sentence.Index,
            Span = new TextSpan(doc.Tokens[unit.Start].Start, doc.Tokens[name.End - 1].End),
            Text = doc.TextOf(sentence.Span),
            Person = OfficeFactRules.CleanName(textOf(name.Start, name.End)),
            Role = role,
            RoleCode = titles[0].Entry!.Agent!.Code,
            Country = UnplacedCountry,
        });
    }

    /// <summary>Where the written title ends: after its tail when it has one ("Under Secretary for Political Affairs").</summary>
    private static int TitleEnd(PhraseUnit unit, List<PhrasePart> titleParts) =>
        unit.TitleTail is { } tail ? Math.Max(tail.End, titleParts[^1].End) : titleParts[^1].End;

    private void LearnAndReport(
        Document doc, Sentence sentence, DateOnly date, PhraseUnit unit, ActorRef actor, Func<int, int, string> textOf, ArticleMemory memory, List<FactRecord> facts)
    {
        if (!unit.Parts.Any(p => p.IsNewName || p.Kind == LexKind.Person)) return;
        var name = unit.Parts.First(p => p.IsNewName || p.Kind == LexKind.Person);
        // A title stands before the name ("President Xi") or after it as an apposition; "the Assad regime" is no office.
        var titleParts = unit.Parts.Where(p => p.Kind == LexKind.Agent && (p.Start < name.Start || unit.Apposition is not null)).ToList();
        var person = actor.Person ?? textOf(name.Start, name.End);
        // A name the article introduced earlier ("Minister Choi" for "Choi Jong Kun") keeps its full form.
        var written = textOf(name.Start, name.End);
        var introduced = name.IsNewName && actor.Person is not null && !actor.FromDiscourse && actor.Person != written
            && memory.TryGet(written.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].TrimEnd(',').ToLowerInvariant(), out var learned)
            && learned.Name == actor.Person;
        if (name.IsNewName && actor.Person is not null && !actor.FromDiscourse && !introduced) person = written;
        if (name.IsNewName && !introduced && (actor.Country is not null || actor.Org is not null))
            memory.Learn(person, actor with { Person = person }, lexicon.Dictionaries.GivenNames);
        if (titleParts.Count == 0 || (actor.Country is null && actor.Org is null)) return;
        // A title before the name wins over an apposition after it, which may be the next person's title in a list
        // ("USAID Administrator Samantha Power, Under Secretary ... Victoria Nuland").
        var preTitles = titleParts.Where(p => p.Start < name.Start).ToList();
        var title = unit.Apposition is { } app && preTitles.Count == 0 ? textOf(app.Start, app.End) : textOf(titleParts[0].Start, TitleEnd(unit, preTitles.Count > 0 ? preTitles : titleParts));
        if (title.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) title = title[4..];
        title = OfficeFactRules.CleanRole(title);
        // A role that is an office, held by someone whose name can be a person's ("Today is Belarus' official
        // Independence Day" states no office; neither does "the leader of Belarus's pro-democracy movement").
        if (!_officeRules.IsOfficeRole(title, titleParts[0]))
        {
            // A known person whose written title is unusable ("Samantha Power, Under Secretary of" where the
            // apposition is the next person's title) keeps the title of the dictionary office held on the date.
            if (name.Entry?.Person?.OfficeOn(date) is not { Title.Length: > 0 } held || actor.FromDiscourse) return;
            title = held.Title;
        }
        if (name.IsNewName && !_officeRules.IsPersonName(doc.Tokens, name.Start, name.End)) return;
        var first = Math.Min(unit.Parts.Min(p => p.Start), name.Start);
        var last = unit.Parts.Max(p => p.End);
        facts.Add(new OfficeFact
        {
            Article = doc.Article.Id,
            Sentence = sentence.Index,
            Span = new TextSpan(doc.Tokens[first].Start, doc.Tokens[last - 1].End),
            Text = doc.TextOf(sentence.Span),
            Person = name.IsNewName ? OfficeFactRules.CleanName(person) : person,
            Role = title,
            RoleCode = actor.AgentCode,
            Country = actor.Country ?? actor.Org!,
        });
    }
}
