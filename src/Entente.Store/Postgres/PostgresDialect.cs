using System.Data.Common;
using System.Net.Sockets;
using Entente.Store.Data;
using Npgsql;

namespace Entente.Store.Postgres;

/// <summary>PostgreSQL through Npgsql: statements of a transaction go in batches, one round trip each.</summary>
internal sealed class PostgresDialect : Dialect
{
    public override StoreKind Kind => StoreKind.Postgres;

    public override string MigrationFolder => "postgres";

    public override string TableExistsSql => "SELECT count(*) FROM pg_catalog.pg_tables WHERE tablename = @name AND schemaname = current_schema()";

    public override string UserTableCountSql => "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()";

    public override DbConnection Open(StoreTarget target, bool create, bool pooled)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(target.Value);
        }
        catch (ArgumentException ex)
        {
            throw new StoreException($"invalid PostgreSQL connection string: {ex.Message}", ex);
        }
        // Statements repeat for every article: let Npgsql prepare them once per connection.
        if (builder.MaxAutoPrepare == 0) builder.MaxAutoPrepare = 64;
        var connection = new NpgsqlConnection(builder.ToString());
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public override void LockForMigration(DbConnection connection, DbTransaction transaction)
    {
        // Two processes starting on an empty database must not both create the schema.
        using var command = Db.Command(connection, transaction, "SELECT pg_advisory_xact_lock(4242005)");
        command.ExecuteNonQuery();
    }

    public override IStatementRunner Runner(DbConnection connection, DbTransaction transaction) =>
        new PostgresBatchRunner((NpgsqlConnection)connection, (NpgsqlTransaction)transaction);

    public override string? Explain(Exception exception, StoreTarget target) => exception switch
    {
        PostgresException { SqlState: "3D000" } e => $"cannot use {target.Display}: {e.MessageText}",
        PostgresException { SqlState: "28P01" or "28000" } e => $"cannot log in to {target.Display}: {e.MessageText}",
        PostgresException { SqlState: "3F000" } e => $"cannot use {target.Display}: {e.MessageText} (create the schema first)",
        PostgresException e => $"{target.Display}: {e.MessageText} (SQLSTATE {e.SqlState})",
        NpgsqlException { InnerException: SocketException or TimeoutException or IOException } e => $"cannot connect to PostgreSQL at {target.Display}: {e.InnerException!.Message}",
        NpgsqlException e => $"PostgreSQL at {target.Display}: {e.Message}",
        _ => null,
    };
}
