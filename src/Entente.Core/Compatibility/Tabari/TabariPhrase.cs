using Entente.Dictionaries;

namespace Entente.Compatibility.Tabari;

/// <summary>One member of a (possibly coordinated) actor phrase: its tokens and the mentions in them.</summary>
internal sealed record TabariMember(int Start, int End, IReadOnlyList<TabariMention> Mentions);

/// <summary>
/// A noun phrase holding actor or agent mentions: <c>Gondor's main opposition group</c>, <c>the government of Gondor</c>,
/// <c>Mordor, the Shire, Fornost and Bree</c>. <see cref="Heads"/> holds a coordinated group of role nouns that the
/// members share (<c>Lawmakers and officials</c> in "Lawmakers and officials in Fornost and Gondor").
/// </summary>
/// <param name="Extent">Where the noun phrase ends, past modifiers after its last mention (<c>new mayor</c> in "Caras Galadhon's new mayor").</param>
internal sealed record TabariPhrase(int Start, int End, IReadOnlyList<TabariMember> Members, IReadOnlyList<TabariMember> Heads)
{
    public int Extent { get; init; } = End;

    public IEnumerable<TabariMention> Mentions => Heads.Concat(Members).SelectMany(m => m.Mentions);
}

/// <summary>One coded actor of a phrase: its full code and the dictionary entry it rests on.</summary>
internal sealed record TabariActor(string Code, EntryOrigin? Entry, string Text);
