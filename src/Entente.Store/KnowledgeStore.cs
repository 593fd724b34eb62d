using System.Data.Common;
using Entente.Knowledge;
using Entente.Store.Data;
using Entente.Store.Postgres;
using Entente.Store.Schema;
using Entente.Store.Sqlite;
using Entente.Store.Writing;

namespace Entente.Store;

/// <summary>
/// An open knowledge base, SQLite or PostgreSQL, at the latest schema version. Writes are one transaction per
/// article; every database failure surfaces as a <see cref="StoreException"/> with a one-line message. Not
/// thread-safe: one store per thread.
/// </summary>
public sealed class KnowledgeStore : IDisposable
{
    private readonly Dialect _dialect;
    private readonly DbConnection _connection;
    private readonly TimeProvider _clock;

    private KnowledgeStore(StoreTarget target, Dialect dialect, DbConnection connection, int schemaVersion, TimeProvider clock)
    {
        Target = target;
        _dialect = dialect;
        _connection = connection;
        SchemaVersion = schemaVersion;
        _clock = clock;
    }

    public StoreTarget Target { get; }

    public StoreKind Kind => Target.Kind;

    public int SchemaVersion { get; }

    internal DbConnection Connection => _connection;

    /// <summary>
    /// Opens (and, with <paramref name="create"/>, creates) the knowledge base and migrates it to the latest schema.
    /// Without <paramref name="create"/> a missing SQLite file is an error, for queries. A long-running host (the web
    /// server) opens <paramref name="pooled"/> connections, so each request finds an SQLite connection whose page
    /// cache is already warm; a command opens its own and leaves no file handle behind.
    /// </summary>
    public static KnowledgeStore Open(StoreTarget target, bool create, TimeProvider? clock = null, bool pooled = false)
    {
        Dialect dialect = target.Kind == StoreKind.Sqlite ? new SqliteDialect() : new PostgresDialect();
        DbConnection? connection = null;
        try
        {
            connection = dialect.Open(target, create, pooled);
            var version = Migrator.Migrate(connection, dialect, target);
            return new KnowledgeStore(target, dialect, connection, version, clock ?? TimeProvider.System);
        }
        catch (Exception ex) when (ex is not StoreException && dialect.Explain(ex, target) is { } message)
        {
            connection?.Dispose();
            throw new StoreException(message, ex);
        }
        catch
        {
            connection?.Dispose();
            throw;
        }
    }

    /// <summary>The schema version this build writes, for a dialect.</summary>
    public static int LatestSchemaVersion(StoreKind kind) => Migration.Latest(kind == StoreKind.Sqlite ? "sqlite" : "postgres");

    /// <summary>The ids of the articles stored, so a rerun skips them before coding.</summary>
    public HashSet<string> ArticleKeys() => Guard(() =>
    {
        using var command = Db.Command(_connection, null, "SELECT article_key FROM articles");
        return Db.Read(command, r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);
    });

    /// <summary>Writes one article in one transaction; false (and nothing written) when it was already stored.</summary>
    public bool Write(ArticleDigest digest) => Guard(() =>
    {
        using var transaction = _connection.BeginTransaction();
        var written = new ArticleWriter(_dialect.Runner(_connection, transaction), _clock).Write(digest);
        if (written) transaction.Commit();
        else transaction.Rollback();
        return written;
    });

    public StoreCounts Counts() => Guard(() =>
    {
        long Count(string table)
        {
            using var command = Db.Command(_connection, null, $"SELECT count(*) FROM {table}");
            return Db.ScalarLong(command);
        }
        return new StoreCounts(Count("articles"), Count("sentences"), Count("events"), Count("mentions"), Count("facts"), Count("actors"));
    });

    /// <summary>Runs a read against the store, translating database failures into <see cref="StoreException"/>.</summary>
    internal T Read<T>(Func<DbConnection, T> query) => Guard(() => query(_connection));

    internal T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception ex) when (ex is not StoreException && _dialect.Explain(ex, Target) is { } message)
        {
            throw new StoreException(message, ex);
        }
    }

    public void Dispose() => _connection.Dispose();
}
