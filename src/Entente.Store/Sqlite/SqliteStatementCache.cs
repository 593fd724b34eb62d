using System.Data.Common;
using Entente.Store.Data;
using Microsoft.Data.Sqlite;

namespace Entente.Store.Sqlite;

/// <summary>
/// Prepared commands kept per statement for the life of the connection: SQLite compiles each statement once,
/// and every later article only rebinds values.
/// </summary>
internal sealed class SqliteStatementCache(SqliteConnection connection)
{
    private readonly Dictionary<SqlText, SqliteCommand> _commands = new(ReferenceEqualityComparer.Instance);

    public IStatementRunner For(SqliteTransaction transaction) => new Runner(this, transaction);

    private SqliteCommand Bind(SqlText sql, SqliteTransaction transaction, object?[] values)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql.Text;
            foreach (var name in sql.Parameters) command.Parameters.Add(new SqliteParameter(name, null));
            _commands[sql] = command;
        }
        if (values.Length != sql.Parameters.Length)
            throw new ArgumentException($"{sql.Parameters.Length} values expected, {values.Length} given", nameof(values));
        command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        return command;
    }

    private sealed class Runner(SqliteStatementCache cache, SqliteTransaction transaction) : IStatementRunner
    {
        public void Execute(SqlText sql, params object?[] values) => cache.Bind(sql, transaction, values).ExecuteNonQuery();

        public long? Scalar(SqlText sql, params object?[] values) => cache.Bind(sql, transaction, values).ExecuteScalar() switch
        {
            null or DBNull => null,
            var value => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
        };

        public List<T> Query<T>(SqlText sql, Func<DbDataReader, T> map, params object?[] values) => Db.Read(cache.Bind(sql, transaction, values), map);

        public void Flush() { }
    }
}
