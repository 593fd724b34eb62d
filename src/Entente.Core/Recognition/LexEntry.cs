using Entente.Dictionaries;

namespace Entente.Recognition;

public enum LexKind : byte { Country, Demonym, Place, Metonym, Organization, Person, Agent, Coded }

/// <summary>What a dictionary phrase names; exactly one of the payload properties is set, by <see cref="Kind"/>.</summary>
public sealed record LexEntry(LexKind Kind, EntryOrigin Origin)
{
    public Country? Country { get; init; }
    public Place? Place { get; init; }
    public Metonym? Metonym { get; init; }
    public Organization? Organization { get; init; }
    public Person? Person { get; init; }
    public Agent? Agent { get; init; }
    public CodedActor? Coded { get; init; }
    public bool Plural { get; init; }
    /// <summary>Written in capitals in the dictionary (<c>WHO</c>, <c>AU</c>): must be in capitals in the text too.</summary>
    public bool AllCaps { get; init; }

    /// <summary>Proper names must be capitalized in the text; role nouns need not be.</summary>
    public bool NeedsCapital => Kind is not (LexKind.Agent or LexKind.Coded);
}
