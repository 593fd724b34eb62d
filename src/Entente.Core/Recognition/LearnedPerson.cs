using Entente.Dictionaries;

namespace Entente.Recognition;

/// <summary>A person the article introduced (<c>Maxim Ryzhenkov, Belarusian Minister of Foreign Affairs</c>).</summary>
public sealed record LearnedPerson(string Name, ActorRef Actor);

/// <summary>Article memory of introduced people, looked up by any of their name tokens' last word.</summary>
public interface IPersonMemory
{
    bool TryGet(string familyNameNorm, out LearnedPerson person);
}
