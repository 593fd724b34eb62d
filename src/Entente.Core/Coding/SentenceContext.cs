using Entente.Recognition;

namespace Entente.Coding;

/// <summary>
/// What a sentence's coding needs from outside it: the quotation's speaker (or the article's author), the last
/// person subject, the two parties in focus (for "the delegations signed"), and the subjects of the previous
/// sentence (for "it" and "they").
/// </summary>
public sealed record SentenceContext(ActorRef? Speaker, ActorRef? LastPersonSubject, IReadOnlyList<ActorRef> PartiesInFocus)
{
    public IReadOnlyList<SubjectMention> PreviousSubjects { get; init; } = [];
}

/// <summary>
/// The resolved subject of one verb: its actors, and whether it is plural (coordinated, a plural noun, a pair
/// reference), which decides whether <c>it</c> or <c>they</c> may refer to it. A list whose members did not all
/// resolve ("Sherman and Minister Choi" with Sherman unknown) is incomplete: neither pronoun takes it.
/// </summary>
public sealed record SubjectMention(IReadOnlyList<ActorRef> Actors, bool Plural, bool Complete = true);
