using Entente.Store.Queries;

namespace Entente.Store.Reports;

/// <summary>The human form of <c>entente events</c>.</summary>
public static class EventsText
{
    public static IReadOnlyList<Block> Blocks(IReadOnlyList<EventSummary> events, int limit) =>
    [
        new TableBlock(events.Count == 0 ? "No events match." : $"{events.Count} events, newest first" + (events.Count == limit ? $" (first {limit}; --limit N for more)" : ""),
            Format.EventColumns, events.Select(Format.EventRow).ToList()),
    ];
}
