using Entente.Dictionaries;
using Entente.Recognition;

namespace Entente.Coding;

/// <summary>A pattern that matched: the phrases its T and S slots took, the tokens it covered, the gap tokens it skipped.</summary>
public sealed record PatternMatch(EventPattern Pattern, ActorPhrase? Target, ActorPhrase? Source, int LastToken, int FirstToken, int Gaps);
