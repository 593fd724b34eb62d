using Entente.Recognition;

namespace Entente.Coding;

/// <summary>What a sentence's coding needs from outside it: the quotation's speaker and the last person subject.</summary>
public sealed record SentenceContext(ActorRef? Speaker, ActorRef? LastPersonSubject);
