namespace Entente.Store.Queries;

/// <summary><c>entente events</c>: merged events matching a filter, newest first.</summary>
public static class EventQuery
{
    public static IReadOnlyList<EventSummary> Run(KnowledgeStore store, EventFilter filter, bool allMentions) =>
        store.Read(connection => EventReader.Newest(connection, filter.ToWhere(), filter.Limit, allMentions));
}
