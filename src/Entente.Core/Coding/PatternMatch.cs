using Entente.Dictionaries;
using Entente.Recognition;

namespace Entente.Coding;

/// <summary>A pattern that matched, with the phrases its T and S slots took and the last token it covered.</summary>
public sealed record PatternMatch(EventPattern Pattern, ActorPhrase? Target, ActorPhrase? Source, int LastToken, int FirstToken);
