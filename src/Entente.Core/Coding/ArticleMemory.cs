using Entente.Dictionaries;
using Entente.Records;
using Entente.Recognition;

namespace Entente.Coding;

/// <summary>
/// What the coder remembers while reading one article: the actors so far (to resolve <c>the Secretary</c>,
/// <c>the two leaders</c>, <c>he</c>), the people the text introduced, and the reference date that sentences
/// without a time expression of their own inherit.
/// </summary>
public sealed class ArticleMemory : IPersonMemory
{
    private const int Horizon = 40;
    private readonly List<ActorRef> _recent = [];
    private readonly Dictionary<string, LearnedPerson> _people = new(StringComparer.Ordinal);

    public PartialDate? ReferenceDate { get; set; }

    /// <summary>The article's author from its byline, whom first person outside quotations refers to.</summary>
    public ActorRef? Author { get; set; }
    public ActorRef? LastPersonSubject { get; private set; }

    /// <summary>The subjects of the previous sentence's finite verbs, which "it" and "they" may refer to.</summary>
    public IReadOnlyList<SubjectMention> PreviousSubjects { get; set; } = [];

    public bool TryGet(string familyNameNorm, out LearnedPerson person) => _people.TryGetValue(familyNameNorm, out person!);

    public void Learn(string name, ActorRef actor, IReadOnlySet<string>? givenNames = null)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var family = words.Reverse().FirstOrDefault(w => w.TrimEnd(',', '.').Length > 2 && !w.EndsWith('.') && w != "Jr.")
            ?? words[^1];
        var person = new LearnedPerson(name, actor);
        _people[family.TrimEnd(',').ToLowerInvariant()] = person;
        // The other words of the name find the person too, where no one else has them: a family name written first
        // ("Choi Jong Kun" is "Minister Choi" later). Given names and initials don't.
        foreach (var word in words)
        {
            var w = word.TrimEnd(',');
            if (w.Length > 2 && !w.EndsWith('.') && w != "Jr" && char.IsUpper(w[0]) && (givenNames is null || !givenNames.Contains(w.ToLowerInvariant())))
                _people.TryAdd(w.ToLowerInvariant(), person);
        }
    }

    public void Remember(ActorRef actor, bool asSubject)
    {
        _recent.Add(actor);
        if (_recent.Count > Horizon) _recent.RemoveAt(0);
        if (asSubject && actor.Person is not null) LastPersonSubject = actor;
    }

    /// <summary>The latest visiting party (source of a visit), whom <c>the guests</c> refers to.</summary>
    public ActorRef? Visitor { get; set; }

    /// <summary><c>the Secretary</c>, <c>the Prime Minister</c>: the latest actor with that title, else that office.</summary>
    public ActorRef? ResolveRole(string titleNorm, OfficeKind office)
    {
        if (titleNorm is "guest" or "guests" or "visitor" or "visitors")
            return Visitor is null ? null : Visitor with { FromDiscourse = true };
        for (var i = _recent.Count - 1; i >= 0; i--)
        {
            var title = _recent[i].Title?.ToLowerInvariant();
            if (title is not null && (title == titleNorm || title.EndsWith(" " + titleNorm, StringComparison.Ordinal) || title.StartsWith(titleNorm + " ", StringComparison.Ordinal)))
                return _recent[i] with { FromDiscourse = true };
        }
        if (office is OfficeKind.None) return null;
        for (var i = _recent.Count - 1; i >= 0; i--)
            if (_recent[i].Office == office) return _recent[i] with { FromDiscourse = true };
        return null;
    }

    /// <summary><c>the two leaders</c>: the two latest actors of different states or organizations.</summary>
    /// <remarks>People in office are preferred ("the two leaders" are the presidents, not the cities just named).</remarks>
    public IReadOnlyList<ActorRef> ResolvePair(OfficeKind office)
    {
        var pair = Pair(a => a.Person is not null && (office == OfficeKind.None || a.Office == office));
        if (pair.Count < 2) pair = Pair(a => a.Person is not null || a.AgentCode is not null);
        if (pair.Count < 2) pair = Pair(_ => true);
        return pair.Count == 2 ? pair : [];
    }

    private List<ActorRef> Pair(Func<ActorRef, bool> accept)
    {
        var pair = new List<ActorRef>(2);
        for (var i = _recent.Count - 1; i >= 0 && pair.Count < 2; i--)
            if (accept(_recent[i]) && (pair.Count == 0 || !string.Equals(pair[0].Key, _recent[i].Key, StringComparison.Ordinal)))
                pair.Add(_recent[i] with { FromDiscourse = true });
        return pair;
    }
}
