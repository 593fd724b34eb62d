using Entente.Dictionaries;

namespace Entente.Compatibility.Readers;

/// <summary>What a PETRARCH/TABARI verb dictionary holds once converted: patterns by verb and the verbs' irregular forms.</summary>
public sealed record VerbDictionary(IReadOnlyList<EventPattern> Patterns, IReadOnlyList<IrregularVerb> IrregularVerbs, VerbDictionaryStats Stats);

/// <summary>Counts for <c>--stats</c>-style reports and tests.</summary>
/// <param name="PatternLines">The <c>- … [code]</c> lines read.</param>
/// <param name="Patterns">Patterns stored: every pattern line for every verb of its family, plus one default per verb.</param>
/// <param name="Transformations">PETRARCH2 <c>~</c> transformation lines, which have no Entente counterpart and are skipped.</param>
public sealed record VerbDictionaryStats(int Synsets, int Families, int Verbs, int PatternLines, int Patterns, int Transformations);
