using System.Data.Common;
using Entente.Knowledge;
using Entente.Store.Data;

namespace Entente.Store.Queries;

/// <summary>Reads merged events and their mentions; shared by the events, dyad and actor queries.</summary>
internal static class EventReader
{
    public const string Columns = """
        e.id, e.date, e.source, e.source_country, e.source_org, e.target, e.target_country, e.target_org, e.code, e.root, e.quad_class,
        e.goldstein, e.modality, e.confidence, e.location_name, e.num_mentions, e.num_articles, e.num_sources
        """;

    public static EventSummary Map(DbDataReader r) => new(
        Db.Long(r, 0), r.GetString(1), r.GetString(2), Db.Text(r, 3), Db.Text(r, 4), r.GetString(5), Db.Text(r, 6), Db.Text(r, 7),
        r.GetString(8), r.GetString(9), Db.Int(r, 10), Db.Double(r, 11), r.GetString(12), Db.Double(r, 13), Db.Text(r, 14),
        Db.Int(r, 15), Db.Int(r, 16), Db.Int(r, 17));

    /// <summary>Events matching <paramref name="where"/>, newest first, each with its first mention as evidence.</summary>
    public static List<EventSummary> Newest(DbConnection connection, SqlWhere where, int limit, bool allMentions = false) =>
        WithMentions(connection, NewestRows(connection, where, limit), allMentions);

    /// <summary>
    /// The newest events of each of several conditions, merged: one query per side of a dyad lets each walk its
    /// index backwards and stop after <paramref name="limit"/> rows, where one OR query would sort them all.
    /// </summary>
    public static List<EventSummary> Newest(DbConnection connection, IEnumerable<SqlWhere> wheres, int limit) =>
        WithMentions(connection, wheres.SelectMany(w => NewestRows(connection, w, limit))
            .OrderByDescending(e => DayKey(e.Date)).ThenByDescending(e => e.Id).Take(limit).ToList(), allMentions: false);

    private static List<EventSummary> NewestRows(DbConnection connection, SqlWhere where, int limit)
    {
        using var command = where.Command(connection, $"SELECT {Columns} FROM events e {where.Sql} ORDER BY e.day DESC, e.id DESC LIMIT @limit", ("limit", limit));
        return Db.Read(command, Map);
    }

    private static string DayKey(string date) => date.Length == 10 ? date : date.Length == 7 ? date + "-01" : date + "-01-01";

    /// <summary>Adds the evidence (and, if asked, every mention) to each event.</summary>
    public static List<EventSummary> WithMentions(DbConnection connection, List<EventSummary> events, bool allMentions)
    {
        if (events.Count == 0) return events;
        var byEvent = new Dictionary<long, List<MentionInfo>>();
        foreach (var chunk in events.Select(e => e.Id).Chunk(400))
        {
            var names = chunk.Select((_, i) => $"@e{i}").ToList();
            var sql = $"""
                SELECT m.event_id, a.article_key, a.outlet, a.published, m.sentence, m.span_start, m.span_end, s.text, m.rule, m.confidence, m.source_text, m.target_text, s.start_offset
                FROM mentions m
                JOIN articles a ON a.id = m.article_id
                LEFT JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence
                WHERE m.event_id IN ({string.Join(", ", names)})
                ORDER BY m.event_id, m.id
                """;
            using var command = Db.Command(connection, null, sql, chunk.Select((id, i) => ($"e{i}", (object?)id)).ToArray());
            foreach (var (eventId, mention) in Db.Read(command, r => (Db.Long(r, 0), new MentionInfo(
                r.GetString(1), Db.Text(r, 2), DayNumber.Format(Db.Int(r, 3)), Db.Int(r, 4), [Db.Int(r, 5), Db.Int(r, 6)], Db.Text(r, 7),
                Db.NullableInt(r, 12), r.GetString(8), Db.Double(r, 9), r.GetString(10), r.GetString(11)))))
            {
                if (!byEvent.TryGetValue(eventId, out var list)) byEvent[eventId] = list = [];
                list.Add(mention);
            }
        }
        return events.Select(e =>
        {
            var mentions = byEvent.GetValueOrDefault(e.Id) ?? [];
            return e with { Evidence = mentions.FirstOrDefault(), Mentions = allMentions ? mentions : null };
        }).ToList();
    }
}
