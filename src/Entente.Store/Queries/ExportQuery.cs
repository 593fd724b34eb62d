using System.Data.Common;
using Entente.Records;
using Entente.Store.Data;
using Entente.Text;

namespace Entente.Store.Queries;

/// <summary>
/// <c>entente export</c>: every merged event matching a filter, ordered by date (its first day) then id, each with
/// its representative mention (the earliest stored, as <c>entente events</c> shows it) and its counts. Rows stream
/// from one data reader — one statement, so one consistent snapshot — and memory stays flat however many there are.
/// </summary>
public static class ExportQuery
{
    private const string Columns = """
        e.id, e.date, e.source, e.source_country, e.source_org, e.target, e.target_country, e.target_org, e.code,
        e.quad_class, e.goldstein, e.modality, e.location_name, e.location_country, e.lat, e.lon,
        e.num_mentions, e.num_articles, e.num_sources,
        a.article_key, a.dict_version, m.sentence, m.span_start, m.span_end, m.source_text, m.target_text, m.rule, m.confidence,
        m.source_entry, m.target_entry
        """;

    /// <summary>
    /// The matching events, read lazily: the query runs at the first <c>MoveNext</c>, and disposing the enumerator
    /// early stops it. <see cref="EventFilter.Limit"/> does not apply. Without <paramref name="withText"/> the
    /// evidence sentence is not read and <see cref="EventRecord.Text"/> is empty (CSV, TSV and Parquet have no
    /// column for it). Database failures surface as <see cref="StoreException"/>.
    /// </summary>
    public static IEnumerable<ExportEvent> Stream(KnowledgeStore store, EventFilter filter, bool withText)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        return Read(store, filter.ToWhere(), withText);
    }

    /// <remarks>
    /// The earliest mention is the one no earlier mention of its event precedes: an anti-join the planner runs
    /// either way — index look-ups per event for a narrow filter (SQLite always, through (event_id, rowid)), hash
    /// joins over whole tables for a full export on PostgreSQL. One text serves both dialects.
    /// </remarks>
    private static string Sql(SqlWhere where, bool withText)
    {
        var text = withText ? ", s.text" : ", NULL";
        var sentences = withText ? "LEFT JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence" : "";
        return $"""
            SELECT {Columns}{text}
            FROM events e
            JOIN mentions m ON m.event_id = e.id AND NOT EXISTS (SELECT 1 FROM mentions y WHERE y.event_id = m.event_id AND y.id < m.id)
            JOIN articles a ON a.id = m.article_id
            {sentences}
            {where.Sql}
            ORDER BY e.day, e.id
            """;
    }

    private static IEnumerable<ExportEvent> Read(KnowledgeStore store, SqlWhere where, bool withText)
    {
        var sql = Sql(where, withText);
        using var command = store.Read(connection => where.Command(connection, sql));
        // A PostgreSQL export may wait long for its first row (the server sorts); SQLite's timeout is its busy wait.
        if (store.Kind == StoreKind.Postgres) command.CommandTimeout = 0;
        var reader = store.Guard(command.ExecuteReader);
        var finished = false;
        try
        {
            var next = () => reader.Read() ? Map(reader) : null;
            while (store.Guard(next) is { } row) yield return row;
            finished = true;
        }
        finally
        {
            Close(command, reader, finished);
        }
    }

    /// <summary>
    /// Closes the reader. When the caller stopped early (or failed), the statement is cancelled first: Npgsql
    /// would otherwise read every remaining row to close it. Errors here are ignored: the result is abandoned.
    /// </summary>
    private static void Close(DbCommand command, DbDataReader reader, bool finished)
    {
        if (finished)
        {
            reader.Dispose();
            return;
        }
        try
        {
            command.Cancel();
            reader.Dispose();
        }
        catch (DbException)
        {
        }
        catch (InvalidOperationException)
        {
        }
    }

    private static ExportEvent Map(DbDataReader r)
    {
        var id = Db.Long(r, 0);
        var dateText = r.GetString(1);
        if (!PartialDate.TryParse(dateText, out var date)) throw new StoreException($"event {id} has an invalid date '{dateText}'");
        var location = Db.Text(r, 12) is { } place ? new Location(place, Db.Text(r, 13), Db.NullableDouble(r, 14), Db.NullableDouble(r, 15)) : null;
        var record = new EventRecord
        {
            Article = r.GetString(19),
            Sentence = Db.Int(r, 21),
            Span = new TextSpan(Db.Int(r, 22), Db.Int(r, 23)),
            Text = Db.Text(r, 30) ?? "",
            Date = date,
            Source = r.GetString(2),
            SourceCountry = Db.Text(r, 3),
            SourceOrg = Db.Text(r, 4),
            SourceText = r.GetString(24),
            Target = r.GetString(5),
            TargetCountry = Db.Text(r, 6),
            TargetOrg = Db.Text(r, 7),
            TargetText = r.GetString(25),
            Code = r.GetString(8),
            QuadClass = Db.Int(r, 9),
            Goldstein = Db.Double(r, 10),
            Modality = r.GetString(11) == "intended" ? Modality.Intended : Modality.Asserted,
            Location = location,
            Rule = r.GetString(26),
            Confidence = Db.Double(r, 27),
            SourceEntry = Db.Text(r, 28),
            TargetEntry = Db.Text(r, 29),
            DictVersion = Db.Text(r, 20) ?? "",
        };
        return new ExportEvent(id, record, Db.Int(r, 16), Db.Int(r, 17), Db.Int(r, 18));
    }
}
