using Entente.Dictionaries;
using Entente.Knowledge;

namespace Entente.Store.Queries;

/// <summary>
/// Joins what the dictionary says about memberships (memberships.txt) with what articles said (membership facts):
/// a fact that restates a dictionary line becomes its evidence; the rest stand on their own. In each (country,
/// organization) an open status is closed by a later one, whichever side it came from.
/// </summary>
internal static class MembershipView
{
    private sealed class Entry
    {
        public required string Country { get; init; }
        public required string Org { get; init; }
        public required string Status { get; init; }
        public int From { get; init; }
        public int? To { get; set; }
        public string? Since { get; init; }
        public string? Until { get; set; }
        public string? Origin { get; init; }
        public FactEvidence? Evidence { get; set; }
    }

    /// <param name="asOf">The day <c>Current</c> refers to (null: today, i.e. any status not closed).</param>
    public static List<MembershipInfo> Build(IEnumerable<Membership> dictionary, IEnumerable<MembershipFactRow> facts, ReferenceData reference, int? asOf)
    {
        var entries = dictionary.Select(m => new Entry
        {
            Country = m.Country,
            Org = m.Org,
            Status = m.Status,
            From = m.Since is { } s ? DayNumber.First(s) : 0,
            To = m.Until is { } u ? DayNumber.First(u) : null,
            Since = m.Since?.ToString(),
            Until = m.Until?.ToString(),
            Origin = m.Origin.ToString(),
        }).ToList();

        foreach (var fact in facts)
        {
            var same = entries.Where(e => e.Origin is not null && Same(e, fact)).ToList();
            var match = same.FirstOrDefault(e => e.From <= fact.ValidFrom && (e.To is null || fact.ValidFrom < e.To)) ?? same.LastOrDefault();
            if (match is not null)
            {
                match.Evidence ??= fact.Evidence;
                continue;
            }
            entries.Add(new Entry
            {
                Country = fact.Country,
                Org = fact.Org,
                Status = fact.Status,
                From = fact.ValidFrom,
                To = fact.ValidTo,
                Since = DayNumber.Format(fact.ValidFrom),
                Until = fact.ValidTo is { } to ? DayNumber.Format(to) : null,
                Evidence = fact.Evidence,
            });
        }
        CloseOpenStatuses(entries);

        return entries
            .OrderBy(e => e.Org, StringComparer.Ordinal).ThenBy(e => e.Country, StringComparer.Ordinal).ThenBy(e => e.From)
            .Select(e => new MembershipInfo(e.Country, reference.CountryName(e.Country), e.Org, e.Status, e.Since, e.Until,
                asOf is { } day ? e.From <= day && (e.To is null || e.To > day) : e.To is null, e.Origin, e.Evidence))
            .ToList();
    }

    private static bool Same(Entry e, MembershipFactRow fact) =>
        string.Equals(e.Country, fact.Country, StringComparison.Ordinal)
        && string.Equals(e.Org, fact.Org, StringComparison.OrdinalIgnoreCase)
        && string.Equals(e.Status, fact.Status, StringComparison.OrdinalIgnoreCase);

    /// <summary>A status left open is closed by the next status of the same country in the same organization.</summary>
    private static void CloseOpenStatuses(List<Entry> entries)
    {
        foreach (var group in entries.GroupBy(e => (e.Country, Org: e.Org.ToUpperInvariant())))
        {
            var list = group.ToList();
            var closings = FactTimeline.Close(list.Select((e, i) => new FactTimeline.Member(i, e.From)).ToList());
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i].To is not null || closings[i].ValidTo is not { } to) continue;
                list[i].To = to;
                list[i].Until = DayNumber.Format(to);
            }
        }
    }
}
