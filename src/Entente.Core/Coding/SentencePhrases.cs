using Entente.Recognition;

namespace Entente.Coding;

/// <summary>The actor phrases of one sentence, indexed by the tokens where they start and end.</summary>
public sealed class SentencePhrases
{
    private readonly Dictionary<int, ActorPhrase> _byStart = [];
    private readonly Dictionary<int, ActorPhrase> _byEnd = [];

    public SentencePhrases(List<ActorPhrase> phrases)
    {
        All = phrases;
        foreach (var p in phrases)
        {
            _byStart[p.Start] = p;
            _byEnd[p.End] = p;
            // A phrase may be reached at its first content word as well as at its determiner.
            foreach (var unit in p.Units)
                if (unit.Parts.Count > 0) _byStart.TryAdd(unit.Parts[0].Start, p);
        }
    }

    public List<ActorPhrase> All { get; }

    public ActorPhrase? StartingAt(int token) => _byStart.GetValueOrDefault(token);

    public ActorPhrase? EndingAt(int tokenEnd) => _byEnd.GetValueOrDefault(tokenEnd);

    /// <summary>The token indices just after each phrase (where a verb following its subject stands).</summary>
    public HashSet<int> Ends() => All.Select(p => p.End).ToHashSet();

    /// <summary>Tokens covered by a phrase (a verb form inside a name is not a verb).</summary>
    public HashSet<int> CoveredTokens()
    {
        var set = new HashSet<int>();
        foreach (var p in All)
            foreach (var unit in p.Units)
                foreach (var part in unit.Parts)
                    for (var t = part.Start; t < part.End; t++) set.Add(t);
        return set;
    }
}
