namespace Entente.Knowledge;

/// <summary>
/// Closes superseded facts within one group (the statuses of one country in one organization, the holders of one
/// office): each fact holds from its start until the next fact of the group starts. Computed from the whole
/// group every time, so the result does not depend on the order in which articles were ingested.
/// </summary>
public static class FactTimeline
{
    public readonly record struct Member(long Id, int ValidFrom);

    public readonly record struct Closing(long Id, int? ValidTo, long? SupersededBy);

    /// <summary>One closing per member, in the members' order. Facts that start on the same day do not close each other.</summary>
    public static IReadOnlyList<Closing> Close(IReadOnlyList<Member> members)
    {
        var ordered = members.OrderBy(m => m.ValidFrom).ThenBy(m => m.Id).ToList();
        var byId = new Dictionary<long, Closing>(members.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var next = i + 1;
            while (next < ordered.Count && ordered[next].ValidFrom == ordered[i].ValidFrom) next++;
            byId[ordered[i].Id] = next < ordered.Count
                ? new Closing(ordered[i].Id, ordered[next].ValidFrom, ordered[next].Id)
                : new Closing(ordered[i].Id, null, null);
        }
        return members.Select(m => byId[m.Id]).ToList();
    }
}
