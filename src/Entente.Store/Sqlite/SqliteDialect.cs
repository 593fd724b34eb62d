using System.Data.Common;
using Entente.Store.Data;
using Microsoft.Data.Sqlite;

namespace Entente.Store.Sqlite;

/// <summary>
/// SQLite: one file, write-ahead log (readers never block the writer, and a killed writer loses only its open
/// transaction), synchronous=NORMAL (durable across process crashes; only power loss can drop the last commits).
/// </summary>
internal sealed class SqliteDialect : Dialect
{
    /// <summary>How long to wait for another process's write lock before reporting the database as locked.</summary>
    public static TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    private SqliteStatementCache? _cache;

    public override StoreKind Kind => StoreKind.Sqlite;

    public override string MigrationFolder => "sqlite";

    public override string TableExistsSql => "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = @name";

    public override string UserTableCountSql => "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'";

    public override DbConnection Open(StoreTarget target, bool create, bool pooled)
    {
        var path = target.Value;
        if (!create && !File.Exists(path))
            throw new StoreException($"no knowledge base at {path} (create one with 'entente ingest FILES --db {path}')");
        if (Directory.Exists(path)) throw new StoreException($"{path} is a folder, not a database file");
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = pooled,
            DefaultTimeout = (int)Math.Ceiling(BusyTimeout.TotalSeconds),
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            // The first statements read the header: a file that is not SQLite fails here, not halfway through.
            Pragma(connection, "PRAGMA journal_mode = WAL");
            Pragma(connection, "PRAGMA synchronous = NORMAL");
            Pragma(connection, $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}");
            Pragma(connection, "PRAGMA cache_size = -65536");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public override IStatementRunner Runner(DbConnection connection, DbTransaction transaction)
    {
        _cache ??= new SqliteStatementCache((SqliteConnection)connection);
        return _cache.For((SqliteTransaction)transaction);
    }

    public override string? Explain(Exception exception, StoreTarget target) => exception switch
    {
        SqliteException { SqliteErrorCode: 26 } => $"{target.Value} is not an SQLite database, or it is encrypted or corrupt",
        SqliteException { SqliteErrorCode: 11 } => $"{target.Value} is corrupt (database disk image is malformed)",
        SqliteException { SqliteErrorCode: 5 or 6 } => $"{target.Value} is locked by another process (tried for {BusyTimeout.TotalSeconds:0} s); try again when it has finished",
        SqliteException { SqliteErrorCode: 14 } => $"cannot open {target.Value} (does its folder exist, and may we write there?)",
        SqliteException { SqliteErrorCode: 8 } => $"{target.Value} is read-only",
        SqliteException { SqliteErrorCode: 13 } => $"{target.Value}: the disk is full",
        SqliteException e => $"{target.Value}: {e.Message.Replace("SQLite Error ", "SQLite error ", StringComparison.Ordinal)}",
        _ => null,
    };

    private static void Pragma(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
