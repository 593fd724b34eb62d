using Entente.Recognition;

namespace Entente.Coding;

/// <summary>
/// What a sentence's coding needs from outside it: the quotation's speaker (or the article's author), the last
/// person subject, and the two parties in focus (for "the delegations signed").
/// </summary>
public sealed record SentenceContext(ActorRef? Speaker, ActorRef? LastPersonSubject, IReadOnlyList<ActorRef> PartiesInFocus);
