using Entente.Records;
using Parquet;
using Parquet.Schema;

namespace Entente.Output;

/// <summary>
/// Events as an Apache Parquet file (<see cref="Schema"/>), Snappy-compressed, one row group per
/// <c>rowGroupSize</c> rows, so memory holds one group at a time however long the export. The output stream need
/// not be seekable (standard output works) and is left open.
/// </summary>
public static class ParquetEventWriter
{
    /// <summary>Large enough for efficient scans, small enough to hold in memory (about 20 MB of rows).</summary>
    public const int DefaultRowGroupSize = 50_000;

    public static ParquetSchema Schema => ParquetColumns.Schema;

    /// <returns>The number of rows written. With no rows, a valid file with the schema and no row group.</returns>
    public static async Task<long> WriteAsync(
        Stream output, IAsyncEnumerable<ExportRow> rows, int rowGroupSize = DefaultRowGroupSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupSize, 1);
        await using var writer = await ParquetWriter.CreateAsync(Schema, output, cancellationToken: cancellationToken).ConfigureAwait(false);
        var group = new List<ExportRow>(Math.Min(rowGroupSize, 4096));
        long count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            group.Add(row);
            count++;
            if (group.Count < rowGroupSize) continue;
            await WriteGroupAsync(writer, group, cancellationToken).ConfigureAwait(false);
            group.Clear();
        }
        if (group.Count > 0) await WriteGroupAsync(writer, group, cancellationToken).ConfigureAwait(false);
        return count;
    }

    /// <inheritdoc cref="WriteAsync(Stream, IAsyncEnumerable{ExportRow}, int, CancellationToken)"/>
    public static Task<long> WriteAsync(
        Stream output, IEnumerable<ExportRow> rows, int rowGroupSize = DefaultRowGroupSize, CancellationToken cancellationToken = default) =>
        WriteAsync(output, rows.ToAsyncEnumerable(), rowGroupSize, cancellationToken);

    /// <summary>Coded events, as <see cref="ExportRow.From"/> maps them.</summary>
    public static Task<long> WriteAsync(
        Stream output, IEnumerable<EventRecord> events, int rowGroupSize = DefaultRowGroupSize, CancellationToken cancellationToken = default) =>
        WriteAsync(output, events.Select(ExportRow.From), rowGroupSize, cancellationToken);

    private static async Task WriteGroupAsync(ParquetWriter writer, List<ExportRow> rows, CancellationToken cancellationToken)
    {
        using var group = writer.CreateRowGroup();
        await ParquetColumns.WriteAsync(group, rows, cancellationToken).ConfigureAwait(false);
    }
}
