using Entente.Store;
using Entente.Store.Data;
using Entente.Store.Postgres;
using Entente.Store.Schema;
using Entente.Store.Sqlite;

namespace Entente.Tests.Store;

/// <summary>
/// Knowledge bases as an earlier Entente left them: migrated only up to <c>version</c>, then filled with rows
/// written in that version's columns, so a test can open them with this build and see what migrating keeps.
/// </summary>
internal static class OlderSchemas
{
    /// <summary>One article of a version-1 knowledge base: a sentence with no offset, its event and mention.</summary>
    public const string Version1Article = """
        INSERT INTO articles (article_key, published, sentence_count, word_count, event_count, fact_count, ingested_at)
        VALUES ('v1', 20250301, 1, 5, 1, 0, '2025-03-01T00:00:00Z');
        INSERT INTO sentences (article_id, idx, text) SELECT id, 0, 'Chile praised Peru on Saturday.' FROM articles WHERE article_key = 'v1';
        INSERT INTO events (date, date_precision, day, source, source_country, target, target_country, source_key, target_key, code, root,
                            quad_class, goldstein, modality, confidence, num_mentions, num_articles, num_sources, first_article_id)
        SELECT '2025-03-01', 'day', 20250301, 'CHL', 'CHL', 'PER', 'PER', 'CHL', 'PER', '051', '05', 1, 3.4, 'asserted', 0.8, 1, 1, 1, id
        FROM articles WHERE article_key = 'v1';
        INSERT INTO mentions (event_id, article_id, sentence, span_start, span_end, source_text, target_text, rule, confidence, modality)
        SELECT e.id, a.id, 0, 0, 13, 'CHL', 'PER', 'praise', 0.8, 'asserted' FROM events e, articles a WHERE a.article_key = 'v1';
        """;

    public static void Create(string db, int version, string rowsSql)
    {
        var target = StoreTarget.Parse(db);
        Dialect dialect = target.Kind == StoreKind.Sqlite ? new SqliteDialect() : new PostgresDialect();
        using var connection = dialect.Open(target, create: true, pooled: false);
        Assert.Equal(version, Migrator.Migrate(connection, dialect, target, through: version));
        using var command = connection.CreateCommand();
        command.CommandText = rowsSql;
        command.ExecuteNonQuery();
    }
}
