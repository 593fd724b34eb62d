using System.Data.Common;
using Entente.Store.Data;
using Npgsql;

namespace Entente.Store.Postgres;

/// <summary>Queues statements into one <see cref="NpgsqlBatch"/>, sent when a result is needed or on <see cref="Flush"/>.</summary>
internal sealed class PostgresBatchRunner(NpgsqlConnection connection, NpgsqlTransaction transaction) : IStatementRunner
{
    private NpgsqlBatch? _batch;

    public void Execute(SqlText sql, params object?[] values)
    {
        _batch ??= new NpgsqlBatch(connection, transaction);
        _batch.BatchCommands.Add(Command(sql, values));
    }

    public long? Scalar(SqlText sql, params object?[] values)
    {
        Flush();
        using var batch = new NpgsqlBatch(connection, transaction) { BatchCommands = { Command(sql, values) } };
        return batch.ExecuteScalar() switch
        {
            null or DBNull => null,
            var value => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    public List<T> Query<T>(SqlText sql, Func<DbDataReader, T> map, params object?[] values)
    {
        Flush();
        using var batch = new NpgsqlBatch(connection, transaction) { BatchCommands = { Command(sql, values) } };
        using var reader = batch.ExecuteReader();
        var list = new List<T>();
        while (reader.Read()) list.Add(map(reader));
        return list;
    }

    public void Flush()
    {
        if (_batch is null) return;
        using var batch = _batch;
        _batch = null;
        batch.ExecuteNonQuery();
    }

    private static NpgsqlBatchCommand Command(SqlText sql, object?[] values)
    {
        if (values.Length != sql.Parameters.Length)
            throw new ArgumentException($"{sql.Parameters.Length} values expected, {values.Length} given", nameof(values));
        var command = new NpgsqlBatchCommand(sql.Text);
        for (var i = 0; i < values.Length; i++) command.Parameters.Add(new NpgsqlParameter(sql.Parameters[i], values[i] ?? DBNull.Value));
        return command;
    }
}
