using Entente.Recognition;

namespace Entente.Coding;

/// <summary>
/// A verb with what its auxiliaries say: <c>did not sign</c> (negated), <c>was hosted</c> (passive),
/// <c>will visit</c>/<c>plans to visit</c> (future), <c>to visit</c> (infinitive), <c>must stop</c> (deontic),
/// <c>could attack</c>/<c>may meet</c>/<c>should sign</c> (possible: a modal of possibility or advice asserts no act).
/// </summary>
public sealed record VerbGroup(int Head, VerbForm Form, int Start, bool Negated, bool Passive, bool Future, bool Infinitive, bool Conjoined, bool Deontic = false, bool Possible = false);
