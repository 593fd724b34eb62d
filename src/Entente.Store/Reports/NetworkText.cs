using Entente.Store.Queries;

namespace Entente.Store.Reports;

/// <summary>The human form of <c>entente network</c>: the period, then the pairs of states, busiest first.</summary>
public static class NetworkText
{
    public static IReadOnlyList<Block> Blocks(NetworkReport r)
    {
        var period = r.From is null && r.To is null ? "all dates" : $"{Or(r.From)} to {Or(r.To)}";
        var blocks = new List<Block>
        {
            new NoteBlock($"{r.Edges.Count} pairs of states{(r.Focus is { } f ? $" around {f}" : "")} (of {r.PairsInPeriod} with events), {r.Nodes.Count} states, {r.Events} events, {period}", Tone.Strong),
        };
        if (r.Edges.Count == 0)
        {
            blocks.Add(new NoteBlock("No events between states in this period.", Tone.Muted));
            return blocks;
        }
        blocks.Add(new TableBlock("Pairs", ["pair", "events", "A→B", "B→A", "cooperation", "conflict", "mean Goldstein"],
            r.Edges.Select(e => (IReadOnlyList<Cell>)
            [
                $"{e.A}–{e.B}", Format.Count(e.Events), Format.Count(e.AToB), Format.Count(e.BToA), Format.Count(e.Cooperation), Format.Count(e.Conflict),
                Format.Goldstein(e.GoldsteinMean),
            ]).ToList()));
        blocks.Add(new TableBlock("States", ["state", "name", "events", "partners", "mean Goldstein"],
            r.Nodes.Select(n => (IReadOnlyList<Cell>)[n.Code, n.Name ?? "", Format.Count(n.Events), Format.Count(n.Partners), Format.Goldstein(n.GoldsteinMean)]).ToList()));
        return blocks;
    }

    private static string Or(string? day) => day ?? "…";
}
