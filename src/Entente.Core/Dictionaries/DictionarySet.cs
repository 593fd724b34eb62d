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
}
