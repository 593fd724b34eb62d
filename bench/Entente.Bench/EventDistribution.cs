using Entente.Records;

namespace Entente.Bench;

/// <summary>
/// The empirical distribution of a coded corpus's events: actor pairs, codes (with their modality) and months,
/// each sampled independently in proportion to how often the corpus has it.
/// </summary>
internal sealed class EventDistribution
{
    public sealed record ActorPair(string Source, string? SourceCountry, string? SourceOrg, string Target, string? TargetCountry, string? TargetOrg);

    public sealed record CodeDraw(string Code, Modality Modality);

    private readonly ActorPair[] _pairs;
    private readonly CodeDraw[] _codes;
    private readonly int[] _months;

    public EventDistribution(IEnumerable<EventRecord> events)
    {
        var list = events.Where(e => !string.IsNullOrEmpty(e.Source) && !string.IsNullOrEmpty(e.Target)).ToList();
        _pairs = list.Select(e => new ActorPair(e.Source, e.SourceCountry, e.SourceOrg, e.Target, e.TargetCountry, e.TargetOrg)).ToArray();
        _codes = list.Select(e => new CodeDraw(e.Code, e.Modality)).ToArray();
        _months = list.Select(e => e.Date.Year * 100 + e.Date.Month).Where(m => m / 100 is >= 2000 and <= 2030).ToArray();
    }

    public int Count => _pairs.Length;

    public ActorPair Pair(Random random) => _pairs[random.Next(_pairs.Length)];

    public CodeDraw Code(Random random) => _codes[random.Next(_codes.Length)];

    public int Month(Random random) => _months[random.Next(_months.Length)];

    /// <summary>Unordered dyads (state or organization sides) by how many corpus events they have, most first.</summary>
    public IReadOnlyList<(string A, string B, int Events)> DyadsByFrequency() => _pairs
        .Select(p => (A: p.SourceCountry ?? p.SourceOrg ?? p.Source, B: p.TargetCountry ?? p.TargetOrg ?? p.Target))
        .Where(p => !string.Equals(p.A, p.B, StringComparison.Ordinal))
        .GroupBy(p => string.CompareOrdinal(p.A, p.B) < 0 ? (p.A, p.B) : (p.B, p.A))
        .Select(g => (g.Key.Item1, g.Key.Item2, g.Count()))
        .OrderByDescending(g => g.Item3).ThenBy(g => g.Item1, StringComparer.Ordinal)
        .ToList();
}
