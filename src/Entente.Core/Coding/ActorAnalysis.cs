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
                foreach (var unit in phrase.Units)
                {
                    var actor = _resolver.Resolve(unit, TextOf, date, memory) ?? ResolveRole(unit, TextOf, memory);
                    if (actor is null)
                    {
                        ReportUnplacedOffice(doc, sentence, unit, TextOf, facts);
                        continue;
                    }
                    unit.Actor = actor;
                    resolved.Add(actor);
                    LearnAndReport(doc, sentence, unit, actor, TextOf, memory, facts);
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

    /// <summary>The state an official belongs to when the text names none; <see cref="ArticleCoder"/> fills it in.</summary>
    public const string UnplacedCountry = "";

    /// <summary>"Spokesperson Ned Price": a titled person with no state named, placed later by the article's home state.</summary>
    private static void ReportUnplacedOffice(Document doc, Sentence sentence, PhraseUnit unit, Func<int, int, string> textOf, List<FactRecord> facts)
    {
        var name = unit.Parts.FirstOrDefault(p => p.IsNewName && p.End > p.Start);
        var titles = unit.Parts.Where(p => p.Kind == LexKind.Agent).ToList();
        if (name.End == 0 || titles.Count == 0 || titles[0].Entry!.Agent!.Code is not ("GOV" or "MIL" or "JUD" or "LEG")) return;
        facts.Add(new OfficeFact
        {
            Article = doc.Article.Id,
            Sentence = sentence.Index,
            Span = new TextSpan(doc.Tokens[unit.Start].Start, doc.Tokens[name.End - 1].End),
            Text = doc.TextOf(sentence.Span),
            Person = textOf(name.Start, name.End),
            Role = textOf(titles[0].Start, TitleEnd(unit, titles)),
            RoleCode = titles[0].Entry!.Agent!.Code,
            Country = UnplacedCountry,
        });
    }

    /// <summary>Where the written title ends: after its tail when it has one ("Under Secretary for Political Affairs").</summary>
    private static int TitleEnd(PhraseUnit unit, List<PhrasePart> titleParts) =>
        unit.TitleTail is { } tail ? Math.Max(tail.End, titleParts[^1].End) : titleParts[^1].End;

    private static void LearnAndReport(
        Document doc, Sentence sentence, PhraseUnit unit, ActorRef actor, Func<int, int, string> textOf, ArticleMemory memory, List<FactRecord> facts)
    {
        if (!unit.Parts.Any(p => p.IsNewName || p.Kind == LexKind.Person)) return;
        var name = unit.Parts.First(p => p.IsNewName || p.Kind == LexKind.Person);
        // A title stands before the name ("President Xi") or after it as an apposition; "the Assad regime" is no office.
        var titleParts = unit.Parts.Where(p => p.Kind == LexKind.Agent && (p.Start < name.Start || unit.Apposition is not null)).ToList();
        var person = actor.Person ?? textOf(name.Start, name.End);
        if (name.IsNewName && actor.Person is not null && !actor.FromDiscourse) person = textOf(name.Start, name.End);
        if (name.IsNewName && (actor.Country is not null || actor.Org is not null))
            memory.Learn(person, actor with { Person = person });
        if (titleParts.Count == 0 || (actor.Country is null && actor.Org is null)) return;
        var title = unit.Apposition is { } app ? textOf(app.Start, app.End) : textOf(titleParts[0].Start, TitleEnd(unit, titleParts));
        if (title.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) title = title[4..];
        var first = Math.Min(unit.Parts.Min(p => p.Start), name.Start);
        var last = unit.Parts.Max(p => p.End);
        facts.Add(new OfficeFact
        {
            Article = doc.Article.Id,
            Sentence = sentence.Index,
            Span = new TextSpan(doc.Tokens[first].Start, doc.Tokens[last - 1].End),
            Text = doc.TextOf(sentence.Span),
            Person = person,
            Role = title,
            RoleCode = actor.AgentCode,
            Country = actor.Country ?? actor.Org!,
        });
    }
}
