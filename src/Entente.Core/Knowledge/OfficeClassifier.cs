using Entente.Dictionaries;

namespace Entente.Knowledge;

/// <summary>
/// Names the office an office fact's role stands for, so that a new holder closes the predecessor's tenure. The
/// single offices of agents.txt (head of state, head of government, foreign and defence minister, head of an
/// organization) are one office per country whatever the wording ("Minister of Foreign Affairs" = "Foreign
/// Minister"); any other role is its own office, named by its folded text ("vice president").
/// </summary>
public sealed class OfficeClassifier
{
    private readonly Dictionary<string, OfficeKind> _kinds = new(StringComparer.Ordinal);

    public OfficeClassifier(IEnumerable<Agent> agents)
    {
        // Every role noun is kept, so "deputy prime minister" (no single office) is not read as "prime minister".
        foreach (var agent in agents)
            _kinds.TryAdd(agent.Phrase, agent.Office is OfficeKind.Minister or OfficeKind.Other ? OfficeKind.None : agent.Office);
    }

    /// <summary>A classifier that knows no single offices: every role is its own office.</summary>
    public static OfficeClassifier Empty { get; } = new([]);

    /// <summary>The office of the longest role noun the role ends with ("Ukrainian Prime Minister" → head of government).</summary>
    public OfficeKind KindOf(string role)
    {
        var words = FactIdentity.Fold(role).Split(' ');
        for (var start = 0; start < words.Length; start++)
            if (_kinds.TryGetValue(string.Join(' ', words[start..]), out var kind)) return kind;
        return OfficeKind.None;
    }

    /// <summary><c>BLR|FM</c>, <c>USA|role:special envoy</c>; null for an empty role.</summary>
    public string? GroupOf(string country, string role)
    {
        var folded = FactIdentity.Fold(role);
        if (folded.Length == 0) return null;
        return KindOf(role) is var kind && kind != OfficeKind.None ? $"{country}|{Code(kind)}" : $"{country}|role:{folded}";
    }

    public static string Code(OfficeKind kind) => kind switch
    {
        OfficeKind.HeadOfState => "HOS",
        OfficeKind.HeadOfGovernment => "HOG",
        OfficeKind.ForeignMinister => "FM",
        OfficeKind.DefenceMinister => "DEF",
        OfficeKind.Minister => "MIN",
        OfficeKind.SecretaryGeneral => "SG",
        OfficeKind.Other => "OTH",
        _ => "",
    };
}
