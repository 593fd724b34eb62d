using System.Data.Common;

namespace Entente.Store.Data;

/// <summary>
/// Runs the statements of one transaction. SQLite runs each at once through a prepared command; PostgreSQL
/// queues them into one batch (one round trip) until a result is needed or <see cref="Flush"/> is called.
/// </summary>
internal interface IStatementRunner
{
    void Execute(SqlText sql, params object?[] values);

    /// <summary>The first column of the first row, or null when there is none.</summary>
    long? Scalar(SqlText sql, params object?[] values);

    List<T> Query<T>(SqlText sql, Func<DbDataReader, T> map, params object?[] values);

    void Flush();
}
