using System.Data.Common;
using System.Globalization;
using Entente.Knowledge;
using Entente.Records;
using Entente.Store.Data;

namespace Entente.Store.Queries;

/// <summary>
/// The network of relations among states in a period: the period's events between two different states (by their
/// country codes, so <c>BLRGOV</c> counts for BLR), read from the monthly counts when the period covers whole
/// months, folded into undirected pairs. The busiest <see cref="Options.MaxEdges"/> pairs with at least
/// <see cref="Options.MinEvents"/> events are kept.
/// Without dates the period is the twelve months up to the newest article.
/// </summary>
public static class NetworkQuery
{
    public const int DefaultMaxEdges = 60;
    public const int MaxEdgesLimit = 400;

    /// <summary><see cref="Focus"/>: a state whose neighbourhood to show (its pairs, and the pairs among its partners).</summary>
    public sealed record Options(PartialDate? From, PartialDate? To, int MinEvents = 1, int MaxEdges = DefaultMaxEdges, string? Focus = null);

    public static NetworkReport Run(KnowledgeStore store, ReferenceData reference, Options options) => store.Read(connection =>
    {
        var (from, to) = Period(connection, options);
        var rows = MonthPeriod.IsWholeMonths(from, to) ? FromMonths(connection, reference, from, to) : FromEvents(connection, from, to);
        var pairs = Fold(rows);
        var focus = options.Focus?.ToUpperInvariant();
        var edges = Neighbourhood(pairs, focus)
            .Where(e => e.Events >= Math.Max(1, options.MinEvents))
            // The focus state's own pairs come first, so the limit never drops them for pairs among its partners.
            .OrderByDescending(e => focus is not null && (e.A == focus || e.B == focus))
            .ThenByDescending(e => e.Events).ThenBy(e => e.A, StringComparer.Ordinal).ThenBy(e => e.B, StringComparer.Ordinal)
            .Take(Math.Clamp(options.MaxEdges, 1, MaxEdgesLimit))
            .ToList();
        return new NetworkReport(
            from is { } fd ? DayNumber.Format(fd) : null,
            to is { } td ? DayNumber.Format(td) : null,
            edges.Sum(e => e.Events), pairs.Count, NodesOf(edges, reference), edges, focus);
    });

    /// <summary>Without a focus every pair; with one, its pairs and the pairs between two of its partners.</summary>
    private static IEnumerable<NetworkEdge> Neighbourhood(List<NetworkEdge> pairs, string? focus)
    {
        if (focus is null) return pairs;
        var partners = pairs.Where(e => e.A == focus || e.B == focus).Select(e => e.A == focus ? e.B : e.A).ToHashSet(StringComparer.Ordinal);
        return pairs.Where(e => e.A == focus || e.B == focus || (partners.Contains(e.A) && partners.Contains(e.B)));
    }

    private sealed record DirectedCount(string Source, string Target, bool Cooperation, int Count, double Goldstein);

    /// <summary>The period's counts from the monthly table, keeping the pairs whose both sides are states.</summary>
    private static List<DirectedCount> FromMonths(DbConnection connection, ReferenceData reference, int? from, int? to)
    {
        var where = new SqlWhere().Add("m.source_key <> m.target_key");
        if (from is { } f) where.Add("m.month >= {0}", f / 100);
        if (to is { } t) where.Add("m.month <= {0}", t / 100);
        using var command = where.Command(connection, $"""
            SELECT m.source_key, m.target_key, CASE WHEN m.quad_class <= 2 THEN 1 ELSE 0 END, sum(m.events), sum(m.goldstein_sum)
            FROM dyad_months m {where.Sql}
            GROUP BY m.source_key, m.target_key, CASE WHEN m.quad_class <= 2 THEN 1 ELSE 0 END
            """);
        // A side is a state exactly when its key is a country code (the key is the state, else the organization).
        return Db.Read(command, Row).Where(r => reference.CountryName(r.Source) is not null && reference.CountryName(r.Target) is not null).ToList();
    }

    /// <summary>The period's counts grouped from the events themselves, for periods that cut months.</summary>
    private static List<DirectedCount> FromEvents(DbConnection connection, int? from, int? to)
    {
        var where = new SqlWhere()
            .Add("e.source_country IS NOT NULL AND e.target_country IS NOT NULL AND e.source_country <> e.target_country");
        if (from is { } f) where.Add("e.day >= {0}", f);
        if (to is { } t) where.Add("e.day <= {0}", t);
        using var command = where.Command(connection, $"""
            SELECT e.source_country, e.target_country, CASE WHEN e.quad_class <= 2 THEN 1 ELSE 0 END, count(*), sum(e.goldstein)
            FROM events e {where.Sql}
            GROUP BY e.source_country, e.target_country, CASE WHEN e.quad_class <= 2 THEN 1 ELSE 0 END
            """);
        return Db.Read(command, Row);
    }

    private static DirectedCount Row(DbDataReader r) => new(r.GetString(0), r.GetString(1), Db.Int(r, 2) == 1, Db.Int(r, 3), Db.Double(r, 4));

    /// <summary>
    /// The first and last day of the period; without dates, the twelve months up to the newest article's month
    /// (not the newest event's: an event may be dated years ahead, "a summit planned for 2030").
    /// </summary>
    private static (int? From, int? To) Period(DbConnection connection, Options options)
    {
        if (options.From is not null || options.To is not null)
            return (options.From is { } f ? DayNumber.First(f) : null, options.To is { } t ? DayNumber.Last(t) : null);
        using var newest = Db.Command(connection, null, "SELECT max(published) FROM articles");
        var value = newest.ExecuteScalar();
        if (value is null or DBNull) return (null, null);
        var last = DayNumber.ToDate(Convert.ToInt32(value, CultureInfo.InvariantCulture));
        var firstMonth = new DateOnly(last.Year, last.Month, 1).AddMonths(-11);
        var lastOfMonth = new DateOnly(last.Year, last.Month, 1).AddMonths(1).AddDays(-1);
        return (DayNumber.Of(firstMonth), DayNumber.Of(lastOfMonth));
    }

    /// <summary>Both directions of a pair become one edge.</summary>
    private static List<NetworkEdge> Fold(IEnumerable<DirectedCount> rows) => rows
        .GroupBy(r => string.CompareOrdinal(r.Source, r.Target) < 0 ? (r.Source, r.Target) : (r.Target, r.Source))
        .Select(g =>
        {
            var (a, b) = g.Key;
            var events = g.Sum(r => r.Count);
            return new NetworkEdge(a, b, events,
                g.Where(r => r.Source == a).Sum(r => r.Count), g.Where(r => r.Source == b).Sum(r => r.Count),
                g.Where(r => r.Cooperation).Sum(r => r.Count), g.Where(r => !r.Cooperation).Sum(r => r.Count),
                Math.Round(g.Sum(r => r.Goldstein) / events, 2));
        })
        .ToList();

    private static List<NetworkNode> NodesOf(IReadOnlyList<NetworkEdge> edges, ReferenceData reference) => edges
        .SelectMany(e => new[] { (Code: e.A, Edge: e), (Code: e.B, Edge: e) })
        .GroupBy(x => x.Code, StringComparer.Ordinal)
        .Select(g =>
        {
            var events = g.Sum(x => x.Edge.Events);
            return new NetworkNode(g.Key, reference.CountryName(g.Key), events,
                Math.Round(g.Sum(x => x.Edge.GoldsteinMean * x.Edge.Events) / events, 2), g.Count());
        })
        .OrderByDescending(n => n.Events).ThenBy(n => n.Code, StringComparer.Ordinal)
        .ToList();
}
