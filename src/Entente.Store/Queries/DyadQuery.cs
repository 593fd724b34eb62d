using System.Data.Common;
using Entente.Knowledge;
using Entente.Records;
using Entente.Store.Data;

namespace Entente.Store.Queries;

/// <summary>
/// <c>entente dyad A B</c>. Every statement reads the (source_key, target_key, ...) indexes in both directions,
/// so its cost grows with the dyad's events, not with the whole table.
/// </summary>
public static class DyadQuery
{
    public sealed record Options(string A, string B, PartialDate? From, PartialDate? To, int Limit = 20);

    public static DyadReport Run(KnowledgeStore store, ReferenceData reference, Options options) => store.Read(connection =>
    {
        var a = options.A.ToUpperInvariant();
        var b = options.B.ToUpperInvariant();
        var where = new SqlWhere().Add("(e.source_key = {0} AND e.target_key = {1}) OR (e.source_key = {1} AND e.target_key = {0})", a, b);
        EventFilter.AddDates(where, options.From, options.To);
        // Lists read each direction on its own: an index walk newest-first that stops at the limit.
        var ways = new[] { Way(a, b, options), Way(b, a, options) };
        List<EventSummary> Newest(string condition, int limit) => EventReader.Newest(connection, ways.Select(w => w.And(condition)), limit);

        var (quads, months, events, mentions, goldstein) = Summary(connection, where, options, a, b);
        var leaders = Newest("e.root = '04' AND e.modality = 'asserted' AND e.source_agent = 'GOV' AND e.target_agent = 'GOV'", 1);
        var signed = Newest("e.root = '05' AND e.code = '057'", options.Limit);
        var agreements = FactReader.Agreements(connection, [a, b],
            options.From is { } f ? DayNumber.First(f) : null, options.To is { } t ? DayNumber.Last(t) : null, options.Limit);
        // Announced meetings, visits and invitations: intent to meet (036...) or a consultation not yet held.
        var intended = Newest("(e.code LIKE '036%' OR e.root = '04') AND e.modality = 'intended'", options.Limit);
        var lastMeeting = LastAssertedMeeting(connection, ways);
        var intentions = intended.Select(e =>
            lastMeeting is { } day && day > DayNumber.First(PartialDateOf(e.Date)) ? new Intention(e, false, DayNumber.Format(day)) : new Intention(e, true, null)).ToList();
        var timeline = Newest("1 = 1", options.Limit);

        return new DyadReport(
            a, reference.CountryName(a) ?? reference.Organization(a)?.Names.FirstOrDefault(),
            b, reference.CountryName(b) ?? reference.Organization(b)?.Names.FirstOrDefault(),
            options.From?.ToString(), options.To?.ToString(),
            events, mentions, goldstein, quads, months, leaders.FirstOrDefault(), signed, agreements,
            Shared(connection, reference, a, b, options.To is { } to ? DayNumber.Last(to) : null), intentions, timeline);
    });

    /// <summary>
    /// The quad classes, the months and the totals: from the monthly counts when the period covers whole months,
    /// else from one grouped scan of the covering index.
    /// </summary>
    private static (List<QuadClassCount>, List<MonthPoint>, int, long, double?) Summary(DbConnection connection, SqlWhere where, Options options, string a, string b)
    {
        DbCommand command;
        if (MonthPeriod.TryOf(options.From, options.To, out var fromMonth, out var toMonth))
        {
            var monthly = new SqlWhere().Add("(m.source_key = {0} AND m.target_key = {1}) OR (m.source_key = {1} AND m.target_key = {0})", a, b);
            if (fromMonth is { } f) monthly.Add("m.month >= {0}", f);
            if (toMonth is { } t) monthly.Add("m.month <= {0}", t);
            command = monthly.Command(connection, $"SELECT m.source_key, m.month, m.quad_class, m.events, m.goldstein_sum, m.mentions FROM dyad_months m {monthly.Sql}");
        }
        else
        {
            command = where.Command(connection, $"""
                SELECT e.source_key, e.day / 100, e.quad_class, count(*), sum(e.goldstein), sum(e.num_mentions)
                FROM events e {where.Sql}
                GROUP BY e.source_key, e.day / 100, e.quad_class
                """);
        }
        List<(bool FromA, int Month, int Quad, int Count, double Goldstein, long Mentions)> rows;
        using (command)
        {
            rows = Db.Read(command, r => (FromA: string.Equals(r.GetString(0), a, StringComparison.Ordinal), Month: Db.Int(r, 1), Quad: Db.Int(r, 2),
                Count: Db.Int(r, 3), Goldstein: Db.Double(r, 4), Mentions: Db.Long(r, 5)));
        }

        var quads = Enumerable.Range(1, 4).Select(q =>
        {
            var of = rows.Where(x => x.Quad == q).ToList();
            var total = of.Sum(x => x.Count);
            return new QuadClassCount(q, QuadClasses.Name(q), of.Where(x => x.FromA).Sum(x => x.Count), of.Where(x => !x.FromA).Sum(x => x.Count), total,
                total == 0 ? null : Math.Round(of.Sum(x => x.Goldstein) / total, 2));
        }).ToList();
        var months = rows.GroupBy(x => x.Month).OrderBy(g => g.Key).Select(g => new MonthPoint(
            DayNumber.FormatMonth(g.Key),
            g.Where(x => QuadClasses.IsCooperation(x.Quad)).Sum(x => x.Count),
            g.Where(x => !QuadClasses.IsCooperation(x.Quad)).Sum(x => x.Count),
            Math.Round(g.Sum(x => x.Goldstein) / g.Sum(x => x.Count), 2),
            Enumerable.Range(1, 4).Select(q => g.Where(x => x.Quad == q).Sum(x => x.Count)).ToList())).ToList();
        var events = rows.Sum(x => x.Count);
        double? mean = events == 0 ? null : Math.Round(rows.Sum(x => x.Goldstein) / events, 2);
        return (quads, months, events, rows.Sum(x => x.Mentions), mean);
    }

    private static SqlWhere Way(string source, string target, Options options)
    {
        var where = new SqlWhere().Add("e.source_key = {0} AND e.target_key = {1}", source, target);
        EventFilter.AddDates(where, options.From, options.To);
        return where;
    }

    /// <summary>The day of the latest meeting or visit that happened (root 04, asserted), either way.</summary>
    private static int? LastAssertedMeeting(DbConnection connection, IEnumerable<SqlWhere> ways) => ways
        .Select(way =>
        {
            var meetings = way.And("e.root = '04' AND e.modality = 'asserted'");
            using var command = meetings.Command(connection, $"SELECT e.day FROM events e {meetings.Sql} ORDER BY e.day DESC LIMIT 1");
            return command.ExecuteScalar() is { } value and not DBNull ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        })
        .Max();

    /// <summary>Organizations where both sides hold a status other than withdrawn on <paramref name="asOf"/> (or now).</summary>
    private static List<SharedMembership> Shared(DbConnection connection, ReferenceData reference, string a, string b, int? asOf)
    {
        var facts = FactReader.Memberships(connection, "f.country = @a OR f.country = @b", ("a", a), ("b", b));
        var dictionary = reference.Memberships.Where(m => m.Country == a || m.Country == b);
        // A state that withdrew holds a status no longer shared with anyone ("withdrawn" is current, but not membership).
        var current = MembershipView.Build(dictionary, facts, reference, asOf)
            .Where(m => m.Current && !string.Equals(m.Status, "withdrawn", StringComparison.OrdinalIgnoreCase)).ToList();
        return current.Where(m => m.Country == a)
            .SelectMany(ma => current.Where(mb => mb.Country == b && string.Equals(mb.Org, ma.Org, StringComparison.OrdinalIgnoreCase))
                .Select(mb => new SharedMembership(ma.Org, ma, mb)))
            .DistinctBy(s => s.Org.ToUpperInvariant())
            .OrderBy(s => s.Org, StringComparer.Ordinal)
            .ToList();
    }

    private static PartialDate PartialDateOf(string date) => PartialDate.TryParse(date, out var d) ? d : default;
}
