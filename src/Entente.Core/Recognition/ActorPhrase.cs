namespace Entente.Recognition;

/// <summary>
/// One part of an actor phrase: a dictionary mention, or a capitalized name the dictionaries don't know
/// (<see cref="Entry"/> null) found after a title or before an apposition.
/// </summary>
public readonly record struct PhrasePart(int Start, int End, LexEntry? Entry)
{
    public bool IsNewName => Entry is null;
    public LexKind? Kind => Entry?.Kind;
}

/// <summary>
/// An actor phrase: tokens <c>[Start, End)</c>, one unit per coordinated member (<c>Belarus and Laos</c> has two),
/// each resolved to an actor. A phrase followed by <c>'s</c> and a plain noun is a possessor
/// (<c>Russia's invasion</c>), not a subject.
/// </summary>
public sealed class ActorPhrase
{
    public required int Start { get; init; }
    public required int End { get; set; }
    public List<PhraseUnit> Units { get; } = [];
    public bool IsPossessor { get; set; }
    /// <summary><c>the two leaders</c>: refers to the two actors in focus.</summary>
    public bool IsPairReference { get; init; }

    public IEnumerable<ActorRef> Actors => Units.Where(u => u.Actor is not null).Select(u => u.Actor!);
}

/// <summary>One coordinated member of a phrase, with its parts and the actor it was resolved to.</summary>
public sealed class PhraseUnit
{
    public required int Start { get; init; }
    public int End { get; set; }
    public List<PhrasePart> Parts { get; } = [];
    /// <summary>Token range of the apposition title (<c>, Belarusian Minister of Foreign Affairs,</c>), if any.</summary>
    public (int Start, int End)? Apposition { get; set; }
    /// <summary>Token range of a title's tail between role noun and name (<c>for Political Affairs</c> in "Under Secretary for Political Affairs Jane Roe").</summary>
    public (int Start, int End)? TitleTail { get; set; }
    public ActorRef? Actor { get; set; }
    public bool Plural => Parts.Count > 0 && Parts[^1].Entry is { Plural: true };
    /// <summary>A plural noun, or a role with no separate plural form (<c>troops</c>, <c>police</c>, <c>authorities</c>): "they", not "it".</summary>
    public bool PluralInSense => Plural || (Parts.Count > 0 && Parts[^1].Entry is { Kind: LexKind.Agent, Agent.Plurals.Count: 0 });
}
