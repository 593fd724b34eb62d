using Entente.Recognition;

namespace Entente.Compatibility.Tabari;

/// <summary>
/// A verb the dictionary knows, with its group: <c>[Start, Head]</c> spans auxiliaries, negators, adverbs and a
/// multi-word verb's leading words (<c>will not wire tap</c>).
/// </summary>
internal sealed record TabariVerb(int Head, VerbForm Form, int Start, bool Passive, bool Infinitive);
