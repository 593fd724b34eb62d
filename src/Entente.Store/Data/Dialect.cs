using System.Data.Common;

namespace Entente.Store.Data;

/// <summary>What differs between SQLite and PostgreSQL; everything else (schema shape, statements, queries) is shared.</summary>
internal abstract class Dialect
{
    public abstract StoreKind Kind { get; }

    /// <summary>The folder of embedded migration scripts (<c>sqlite</c>, <c>postgres</c>).</summary>
    public abstract string MigrationFolder { get; }

    /// <summary>
    /// Opens a connection, ready to use; throws <see cref="StoreException"/> when it cannot. <paramref name="pooled"/>
    /// returns it to the driver's pool on dispose (Npgsql pools PostgreSQL connections in any case).
    /// </summary>
    public abstract DbConnection Open(StoreTarget target, bool create, bool pooled);

    /// <summary>A query with one parameter <c>@name</c> that counts tables of that name visible to the connection.</summary>
    public abstract string TableExistsSql { get; }

    /// <summary>SELECT count(*) of the user tables, to tell an empty database from someone else's.</summary>
    public abstract string UserTableCountSql { get; }

    /// <summary>Serializes migrations between processes, inside <paramref name="transaction"/>.</summary>
    public virtual void LockForMigration(DbConnection connection, DbTransaction transaction) { }

    public abstract IStatementRunner Runner(DbConnection connection, DbTransaction transaction);

    /// <summary>A one-line explanation of a provider exception, or null when it is not a database error.</summary>
    public abstract string? Explain(Exception exception, StoreTarget target);
}
