using System.Data.Common;
using System.Globalization;
using Entente.Store.Data;

namespace Entente.Store.Schema;

/// <summary>
/// Brings a database to the schema this build knows: creates <c>schema_version</c>, applies each missing migration
/// in its own transaction, and refuses a database whose version is newer than any migration it has.
/// </summary>
internal static class Migrator
{
    public const string VersionTable = "schema_version";

    /// <summary>
    /// The schema version after migrating. <paramref name="through"/> stops at an older version, so tests can
    /// build the databases an earlier Entente left behind and check that they migrate.
    /// </summary>
    public static int Migrate(DbConnection connection, Dialect dialect, StoreTarget target, int? through = null)
    {
        var migrations = Migration.For(dialect.MigrationFolder);
        var latest = migrations[^1].Version;
        var goal = Math.Min(through ?? latest, latest);
        // The common case takes no lock, so a query never waits for a running ingest.
        if (TableExists(connection, null, dialect, VersionTable))
        {
            var version = CurrentVersion(connection, null);
            if (version > latest) throw TooNew(target, version, latest);
            if (version >= goal) return version;
        }
        using (var transaction = connection.BeginTransaction())
        {
            dialect.LockForMigration(connection, transaction);
            if (!TableExists(connection, transaction, dialect, VersionTable))
            {
                using var count = Db.Command(connection, transaction, dialect.UserTableCountSql);
                if (Db.ScalarLong(count) > 0)
                    throw new StoreException($"{target.Display} already holds other tables and is not an Entente knowledge base");
                using var create = Db.Command(connection, transaction,
                    $"CREATE TABLE {VersionTable} (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
                create.ExecuteNonQuery();
            }
            transaction.Commit();
        }

        var current = CurrentVersion(connection, null);
        if (current > latest) throw TooNew(target, current, latest);
        foreach (var migration in migrations.Where(m => m.Version > current && m.Version <= goal)) Apply(connection, dialect, migration);
        return Math.Max(current, goal);
    }

    public static int CurrentVersion(DbConnection connection, DbTransaction? transaction)
    {
        using var command = Db.Command(connection, transaction, $"SELECT max(version) FROM {VersionTable}");
        return (int)Db.ScalarLong(command);
    }

    private static void Apply(DbConnection connection, Dialect dialect, Migration migration)
    {
        using var transaction = connection.BeginTransaction();
        dialect.LockForMigration(connection, transaction);
        // Another process may have applied it while we waited for the lock.
        if (CurrentVersion(connection, transaction) >= migration.Version) return;
        using (var script = Db.Command(connection, transaction, migration.Sql)) script.ExecuteNonQuery();
        using (var record = Db.Command(connection, transaction,
            $"INSERT INTO {VersionTable} (version, name, applied_at) VALUES (@version, @name, @at)",
            ("version", migration.Version), ("name", migration.Name), ("at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture))))
        {
            record.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    private static StoreException TooNew(StoreTarget target, int version, int latest) => new(
        $"{target.Display} has knowledge-base schema version {version}, newer than this entente understands ({latest}); use a newer entente");

    private static bool TableExists(DbConnection connection, DbTransaction? transaction, Dialect dialect, string name)
    {
        using var command = Db.Command(connection, transaction, dialect.TableExistsSql, ("name", name));
        return Db.ScalarLong(command) > 0;
    }
}
