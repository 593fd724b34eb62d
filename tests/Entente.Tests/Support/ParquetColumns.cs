using Parquet;
using Parquet.Schema;

namespace Entente.Tests.Support;

/// <summary>Reads whole columns of a Parquet row group by name, for tests that check what a writer wrote.</summary>
public static class ParquetColumns
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static DataField Field(ParquetReader reader, string name) => reader.Schema.DataFields.Single(f => f.Name == name);

    public static async Task<string?[]> Strings(ParquetReader reader, ParquetRowGroupReader group, string name)
    {
        var values = new string?[group.RowCount];
        await group.ReadAsync(Field(reader, name), values.AsMemory(), null, Cancel);
        return values;
    }

    public static async Task<T[]> Values<T>(ParquetReader reader, ParquetRowGroupReader group, string name) where T : struct
    {
        var values = new T[group.RowCount];
        await group.ReadAsync<T>(Field(reader, name), values.AsMemory(), null, Cancel);
        return values;
    }

    public static async Task<T?[]> Nullables<T>(ParquetReader reader, ParquetRowGroupReader group, string name) where T : struct
    {
        var values = new T?[group.RowCount];
        await group.ReadAsync<T>(Field(reader, name), values.AsMemory(), null, Cancel);
        return values;
    }
}
