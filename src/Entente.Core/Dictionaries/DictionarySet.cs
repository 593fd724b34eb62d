namespace Entente.Dictionaries;

/// <summary>Everything loaded from a data folder, before compilation. Immutable once built.</summary>
public sealed record DictionarySet(
    IReadOnlyList<Country> Countries,
    IReadOnlyList<Place> Places,
    IReadOnlyList<Metonym> Metonyms,
    IReadOnlyList<Organization> Organizations,
    IReadOnlyList<Membership> Memberships,
    IReadOnlyList<Person> People,
    IReadOnlyList<Agent> Agents,
    IReadOnlyDictionary<string, CameoEvent> Cameo,
    IReadOnlyDictionary<string, WordSet> WordSets,
    IReadOnlyList<IrregularVerb> IrregularVerbs,
    IReadOnlyList<EventPattern> Patterns,
    IReadOnlyList<ClosedClassWord> ClosedClass,
    IReadOnlyDictionary<string, string> IntentCodes,
    IReadOnlyList<MembershipCue> MembershipCues,
    IReadOnlySet<string> GivenNames,
    IReadOnlyList<CodedActor> CodedActors,
    string Version)
{
    /// <summary>Phrases that discard a sentence or a whole story (PETRARCH/TABARI discard lists); none in Entente's data.</summary>
    public IReadOnlyList<Discard> Discards { get; init; } = [];

    /// <summary>Open-class word lists the coder's rules consult, by class (word-classes.txt; <see cref="WordClasses"/>).</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> WordClassWords { get; init; } = new Dictionary<string, IReadOnlySet<string>>();

    /// <summary>The words of one class of word-classes.txt (empty when the class has none).</summary>
    public IReadOnlySet<string> WordsOf(string wordClass) => WordClassWords.TryGetValue(wordClass, out var words) ? words : EmptyWords;

    private static readonly IReadOnlySet<string> EmptyWords = new HashSet<string>();
}
