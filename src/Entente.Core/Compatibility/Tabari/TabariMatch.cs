using Entente.Dictionaries;

namespace Entente.Compatibility.Tabari;

/// <summary>A pattern matched around a verb: the tokens it covers and the actors its slots took.</summary>
internal sealed record TabariMatch(EventPattern Pattern, int First, int Last)
{
    public TabariMention? Target { get; init; }
    public TabariMention? Source { get; init; }
    /// <summary>The <c>%</c> slot: a coordinated actor phrase, before the verb (the sources) or after it (the targets).</summary>
    public TabariPhrase? Compound { get; init; }
    public bool CompoundIsSource { get; init; }
}
