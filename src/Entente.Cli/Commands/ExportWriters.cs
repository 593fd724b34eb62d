using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Entente.Output;
using Entente.Records;
using Entente.Sources;
using Entente.Store.Queries;

namespace Entente.Cli.Commands;

/// <summary>
/// Writes exported events in each format through the library's writers, one row at a time: nothing holds more than
/// a buffer (or, for Parquet, one row group).
/// </summary>
internal static class ExportWriters
{
    private const int FlushThreshold = 64 * 1024;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <returns>The number of events written.</returns>
    public static async Task<long> WriteAsync(ExportCommand.Format format, Stream output, IEnumerable<ExportEvent> events, CancellationToken cancellation)
    {
        events = Cancellable(events, cancellation);
        switch (format)
        {
            case ExportCommand.Format.Parquet:
                return await ParquetEventWriter.WriteAsync(output, events.Select(e => e.ToRow()), cancellationToken: cancellation);
            case ExportCommand.Format.Csv:
            {
                await using var text = Text(output);
                return CsvEventWriter.WriteAll(text, events.Select(e => e.ToRow()));
            }
            case ExportCommand.Format.Tsv:
            {
                await using var text = Text(output);
                return Tsv(text, events);
            }
            default:
                return Jsonl(output, events);
        }
    }

    /// <summary>
    /// One object per event: the Records contract's keys in its order, as <see cref="RecordJson"/> writes them,
    /// then <c>mentions</c>, <c>articles</c> and <c>outlets</c>.
    /// </summary>
    public static long Jsonl(Stream output, IEnumerable<ExportEvent> events)
    {
        var record = new ArrayBufferWriter<byte>(2048);
        var buffer = new ArrayBufferWriter<byte>(FlushThreshold * 2);
        using var json = new Utf8JsonWriter(record, RecordJson.WriterOptions);
        long count = 0;
        foreach (var e in events)
        {
            record.ResetWrittenCount();
            json.Reset();
            RecordJson.WriteEvent(json, e.Record);
            json.Flush();
            // The record is one object: reopen it before its closing brace to add the counts.
            buffer.Write(record.WrittenSpan[..^1]);
            buffer.Write(",\"mentions\":"u8);
            Number(buffer, e.Mentions);
            buffer.Write(",\"articles\":"u8);
            Number(buffer, e.Articles);
            buffer.Write(",\"outlets\":"u8);
            Number(buffer, e.Outlets);
            buffer.Write("}\n"u8);
            count++;
            if (buffer.WrittenCount < FlushThreshold) continue;
            output.Write(buffer.WrittenSpan);
            buffer.ResetWrittenCount();
        }
        output.Write(buffer.WrittenSpan);
        output.Flush();
        return count;
    }

    /// <summary>The TSV writer of <c>entente code</c>, fed one event at a time (its columns have no place for the counts).</summary>
    public static long Tsv(TextWriter text, IEnumerable<ExportEvent> events)
    {
        var writer = new TsvRecordWriter(text);
        var stub = new Article("export", null, "", default);
        var one = new EventRecord[1];
        long count = 0;
        foreach (var e in events)
        {
            one[0] = e.Record;
            writer.Write(new CodedArticle(stub, one, [], 1, 0));
            count++;
        }
        writer.Complete();
        return count;
    }

    private static void Number(ArrayBufferWriter<byte> buffer, int value)
    {
        var span = buffer.GetSpan(11);
        value.TryFormat(span, out var written, default, CultureInfo.InvariantCulture);
        buffer.Advance(written);
    }

    private static StreamWriter Text(Stream stream) => new(stream, Utf8NoBom, FlushThreshold, leaveOpen: true) { NewLine = "\n" };

    private static IEnumerable<ExportEvent> Cancellable(IEnumerable<ExportEvent> events, CancellationToken cancellation)
    {
        foreach (var e in events)
        {
            cancellation.ThrowIfCancellationRequested();
            yield return e;
        }
    }
}
