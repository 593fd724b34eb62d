using System.Data.Common;
using Entente.Knowledge;
using Entente.Store;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Entente.Bench;

/// <summary>
/// Bulk-loads a <see cref="SyntheticKnowledgeBase"/> into a freshly migrated store: SQLite with prepared inserts
/// in large transactions, PostgreSQL with binary COPY.
/// </summary>
internal static class SyntheticLoader
{
    public static void Load(KnowledgeStore store, SyntheticKnowledgeBase kb)
    {
        if (store.Kind == StoreKind.Sqlite) LoadSqlite((SqliteConnection)store.Connection, kb);
        else LoadPostgres((NpgsqlConnection)store.Connection, kb);
    }

    private static void LoadSqlite(SqliteConnection connection, SyntheticKnowledgeBase kb)
    {
        var eventsById = kb.Events;
        using var transaction = connection.BeginTransaction();
        Insert(connection, transaction, "INSERT INTO articles VALUES ($1, $2, NULL, $3, $4, NULL, NULL, 4, 60, 4, 0, 'bench', '2026-01-01T00:00:00Z')",
            kb.Articles, a => [a.Id, $"bench-{a.Id}", a.Day, a.Outlet]);
        Insert(connection, transaction, "INSERT INTO sentences (article_id, idx, text, start_offset) VALUES ($1, $2, $3, 0)",
            kb.Mentions, m => [m.ArticleId, m.Sentence, SyntheticKnowledgeBase.SentenceText(eventsById[(int)m.EventId - 1])]);
        Insert(connection, transaction, """
            INSERT INTO events (id, date, date_precision, day, source, source_country, source_org, source_agent, target, target_country, target_org, target_agent,
                                source_key, target_key, code, root, quad_class, goldstein, modality, confidence, num_mentions, num_articles, num_sources, first_article_id)
            VALUES ($1, $2, 'day', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, 0.8, $19, $20, $21, $22)
            """, kb.Events, e => EventValues(e));
        Insert(connection, transaction, "INSERT INTO mentions VALUES ($1, $2, $3, $4, 0, 40, 'source', 'target', 'bench', 0.8, 'asserted', NULL, NULL)",
            kb.Mentions, m => [m.Id, m.EventId, m.ArticleId, m.Sentence]);
        transaction.Commit();
        using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE";
        analyze.ExecuteNonQuery();
    }

    private static object?[] EventValues(SyntheticKnowledgeBase.Event e) =>
    [
        e.Id, e.Date, e.Day, e.Pair.Source, e.Pair.SourceCountry, e.Pair.SourceOrg, ArticleDigest.AgentOf(e.Pair.Source, e.Pair.SourceCountry),
        e.Pair.Target, e.Pair.TargetCountry, e.Pair.TargetOrg, ArticleDigest.AgentOf(e.Pair.Target, e.Pair.TargetCountry),
        e.SourceKey, e.TargetKey, e.Code, e.Code[..2], e.Quad, e.Goldstein, e.Modality,
        e.Mentions, e.Articles, Math.Min(e.Articles, SyntheticKnowledgeBase.Outlets.Length), e.FirstArticle,
    ];

    private static void Insert<T>(SqliteConnection connection, SqliteTransaction transaction, string sql, IEnumerable<T> rows, Func<T, object?[]> values)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        SqliteParameter[]? parameters = null;
        foreach (var row in rows)
        {
            var v = values(row);
            if (parameters is null)
            {
                parameters = v.Select((_, i) => command.Parameters.Add(new SqliteParameter($"${i + 1}", null))).ToArray();
                command.Prepare();
            }
            for (var i = 0; i < v.Length; i++) parameters[i].Value = v[i] ?? DBNull.Value;
            command.ExecuteNonQuery();
        }
    }

    private static void LoadPostgres(NpgsqlConnection connection, SyntheticKnowledgeBase kb)
    {
        // A bulk load counts the months once at the end, as the migration does, instead of row by row.
        Execute(connection, "ALTER TABLE events DISABLE TRIGGER events_dyad_months");
        using (var w = connection.BeginBinaryImport("COPY articles (id, article_key, published, outlet, sentence_count, word_count, event_count, fact_count, dict_version, ingested_at) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var a in kb.Articles)
            {
                w.StartRow();
                w.Write(a.Id, NpgsqlDbType.Bigint); w.Write($"bench-{a.Id}"); w.Write(a.Day); w.Write(a.Outlet);
                w.Write(4); w.Write(60); w.Write(4); w.Write(0); w.Write("bench"); w.Write("2026-01-01T00:00:00Z");
            }
            w.Complete();
        }
        using (var w = connection.BeginBinaryImport("COPY sentences (article_id, idx, text, start_offset) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var m in kb.Mentions)
            {
                w.StartRow();
                w.Write(m.ArticleId, NpgsqlDbType.Bigint); w.Write(m.Sentence); w.Write(SyntheticKnowledgeBase.SentenceText(kb.Events[(int)m.EventId - 1])); w.Write(0);
            }
            w.Complete();
        }
        using (var w = connection.BeginBinaryImport("""
            COPY events (id, date, date_precision, day, source, source_country, source_org, source_agent, target, target_country, target_org, target_agent,
                         source_key, target_key, code, root, quad_class, goldstein, modality, confidence, num_mentions, num_articles, num_sources, first_article_id)
            FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var e in kb.Events)
            {
                var v = EventValues(e);
                w.StartRow();
                w.Write(e.Id, NpgsqlDbType.Bigint); w.Write(e.Date); w.Write("day"); w.Write(e.Day);
                for (var i = 3; i <= 14; i++) Text(w, (string?)v[i]);
                w.Write(e.Quad); w.Write(e.Goldstein); w.Write(e.Modality); w.Write(0.8);
                w.Write(e.Mentions); w.Write(e.Articles); w.Write((int)v[20]!); w.Write(e.FirstArticle, NpgsqlDbType.Bigint);
            }
            w.Complete();
        }
        using (var w = connection.BeginBinaryImport("""
            COPY mentions (id, event_id, article_id, sentence, span_start, span_end, source_text, target_text, rule, confidence, modality)
            FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var m in kb.Mentions)
            {
                w.StartRow();
                w.Write(m.Id, NpgsqlDbType.Bigint); w.Write(m.EventId, NpgsqlDbType.Bigint); w.Write(m.ArticleId, NpgsqlDbType.Bigint);
                w.Write(m.Sentence); w.Write(0); w.Write(40); w.Write("source"); w.Write("target"); w.Write("bench"); w.Write(0.8); w.Write("asserted");
            }
            w.Complete();
        }
        Execute(connection, """
            INSERT INTO dyad_months (source_key, target_key, month, quad_class, events, goldstein_sum, mentions)
            SELECT source_key, target_key, day / 100, quad_class, count(*), sum(goldstein), sum(num_mentions)
            FROM events GROUP BY source_key, target_key, day / 100, quad_class
            """);
        Execute(connection, "ALTER TABLE events ENABLE TRIGGER events_dyad_months");
        foreach (var table in new[] { "articles", "events", "mentions" })
            Execute(connection, $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))");
        // Sets the visibility map too, so index-only scans need no heap visits (autovacuum would, later).
        Execute(connection, "VACUUM ANALYZE");
    }

    private static void Text(NpgsqlBinaryImporter w, string? value)
    {
        if (value is null) w.WriteNull();
        else w.Write(value);
    }

    private static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 600;
        command.ExecuteNonQuery();
    }
}
