using Entente.Store.Queries;

namespace Entente.Store.Reports;

/// <summary>The human form of <c>entente facts</c>: one line per fact, what it says and the time it holds.</summary>
public static class FactsText
{
    public static IReadOnlyList<Block> Blocks(IReadOnlyList<FactSummary> facts, int limit) =>
    [
        new NoteBlock(facts.Count >= limit ? $"The newest {facts.Count} facts (--limit raises it)" : $"{facts.Count} facts, newest first", Tone.Strong),
        new TableBlock("Facts", ["kind", "fact", "from", "until", "evidence"], facts.Select(f => (IReadOnlyList<Cell>)
        [
            f.Kind, Says(f), f.ValidFrom, new Cell(f.ValidTo ?? (f.Superseded ? "superseded" : "holds"), f.ValidTo is null ? Tone.Good : Tone.Muted),
            new Cell(Format.Evidence(f.Evidence), Tone.Muted),
        ]).ToList()),
    ];

    /// <summary>What a fact states, in a few words.</summary>
    public static string Says(FactSummary f) => f.Kind switch
    {
        "office" => $"{f.Person}: {f.Role} ({f.Country})",
        "membership" => $"{f.Country} {f.Status} of {f.Org}",
        _ => $"{string.Join(", ", f.Parties ?? [])}: {f.Subject}{(f.Signed is null ? "" : $", signed {f.Signed}")}",
    };
}
