using Entente.Recognition;

namespace Entente.Coding;

/// <summary>The resolved actors of each phrase in a sentence (a pair reference resolves to two).</summary>
public sealed class SentenceActors
{
    private readonly Dictionary<ActorPhrase, List<ActorRef>> _byPhrase = [];

    public void Set(ActorPhrase phrase, List<ActorRef> actors) => _byPhrase[phrase] = actors;

    public IReadOnlyList<ActorRef> Of(ActorPhrase? phrase) =>
        phrase is not null && _byPhrase.TryGetValue(phrase, out var list) ? list : [];
}
