using Entente.Output;
using Entente.Records;
using Parquet;
using Parquet.Schema;
using Xunit;
using static Entente.Tests.Support.ParquetColumns;

namespace Entente.Tests.Output;

public sealed class ParquetEventWriterTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly (string Name, Type Type, bool Nullable)[] ExpectedSchema =
    [
        ("date", typeof(string), false), ("date_precision", typeof(string), false),
        ("source", typeof(string), false), ("source_country", typeof(string), true), ("source_org", typeof(string), true),
        ("source_text", typeof(string), true),
        ("target", typeof(string), false), ("target_country", typeof(string), true), ("target_org", typeof(string), true),
        ("target_text", typeof(string), true),
        ("code", typeof(string), false), ("root", typeof(string), false), ("goldstein", typeof(double), false),
        ("quad_class", typeof(int), false), ("location", typeof(string), true), ("lat", typeof(double), true),
        ("lon", typeof(double), true), ("article", typeof(string), false), ("sentence", typeof(int), false),
        ("span_start", typeof(int), false), ("span_end", typeof(int), false), ("rule", typeof(string), false),
        ("modality", typeof(string), false), ("confidence", typeof(double), false),
        ("mentions", typeof(int), true), ("articles", typeof(int), true), ("outlets", typeof(int), true),
    ];

    private static IEnumerable<ExportRow> Rows(int count) => Enumerable.Range(0, count).Select(i => ExportRow.From(Sample.Event) with
    {
        Article = $"a{i}",
        Sentence = i,
        SpanStart = i * 10,
        SpanEnd = i * 10 + 5,
        Date = i % 2 == 0 ? Sample.Day(2025, 7, 17) : PartialDate.OfYear(2024),
        Lat = i % 3 == 0 ? null : 17.97,
        Lon = i % 3 == 0 ? null : 102.63,
        SourceCountry = i % 2 == 0 ? "BLR" : null,
        Mentions = i % 2 == 1 ? i : null,
        Articles = i % 2 == 1 ? 1 : null,
        Outlets = i % 2 == 1 ? 1 : null,
        Modality = i == 1 ? Modality.Intended : Modality.Asserted,
    });

    [Fact]
    public async Task The_file_reads_back_with_the_typed_schema()
    {
        using var file = new MemoryStream();
        await ParquetEventWriter.WriteAsync(file, Rows(3), cancellationToken: Cancel);
        file.Position = 0;

        await using var reader = await ParquetReader.CreateAsync(file, cancellationToken: Cancel);

        var fields = reader.Schema.DataFields;
        Assert.Equal(ExpectedSchema.Select(c => c.Name), fields.Select(f => f.Name));
        foreach (var (field, expected) in fields.Zip(ExpectedSchema))
        {
            Assert.Equal(expected.Nullable, field.IsNullable);
            // Parquet.Net 6 exposes string columns as ReadOnlyMemory<char>.
            var clr = field.ClrType == typeof(ReadOnlyMemory<char>) ? typeof(string) : field.ClrType;
            Assert.True(expected.Type == clr, $"{field.Name}: {field.ClrType}");
        }
    }

    [Fact]
    public async Task Values_round_trip_including_nulls_and_partial_dates()
    {
        using var file = new MemoryStream();
        Assert.Equal(3, await ParquetEventWriter.WriteAsync(file, Rows(3), cancellationToken: Cancel));
        file.Position = 0;

        await using var reader = await ParquetReader.CreateAsync(file, cancellationToken: Cancel);
        using var group = reader.OpenRowGroupReader(0);

        Assert.Equal(3, group.RowCount);
        Assert.Equal(new string?[] { "2025-07-17", "2024", "2025-07-17" }, await Strings(reader, group, "date"));
        Assert.Equal(new string?[] { "day", "year", "day" }, await Strings(reader, group, "date_precision"));
        Assert.Equal(new string?[] { "BLR", null, "BLR" }, await Strings(reader, group, "source_country"));
        Assert.Equal(new string?[] { null, null, null }, await Strings(reader, group, "source_org"));
        Assert.Equal(new string?[] { "The Belarusian delegation", "The Belarusian delegation", "The Belarusian delegation" }, await Strings(reader, group, "source_text"));
        Assert.Equal(new string?[] { "042", "042", "042" }, await Strings(reader, group, "code"));
        Assert.Equal(new string?[] { "04", "04", "04" }, await Strings(reader, group, "root"));
        Assert.Equal(new string?[] { "a0", "a1", "a2" }, await Strings(reader, group, "article"));
        Assert.Equal(new string?[] { "asserted", "intended", "asserted" }, await Strings(reader, group, "modality"));
        Assert.Equal(new string?[] { "Vientiane", "Vientiane", "Vientiane" }, await Strings(reader, group, "location"));
        Assert.Equal(new double[] { 1.9, 1.9, 1.9 }, await Values<double>(reader, group, "goldstein"));
        Assert.Equal(new double[] { 0.9, 0.9, 0.9 }, await Values<double>(reader, group, "confidence"));
        Assert.Equal(new int[] { 1, 1, 1 }, await Values<int>(reader, group, "quad_class"));
        Assert.Equal(new int[] { 0, 1, 2 }, await Values<int>(reader, group, "sentence"));
        Assert.Equal(new int[] { 0, 10, 20 }, await Values<int>(reader, group, "span_start"));
        Assert.Equal(new int[] { 5, 15, 25 }, await Values<int>(reader, group, "span_end"));
        Assert.Equal(new double?[] { null, 17.97, 17.97 }, await Nullables<double>(reader, group, "lat"));
        Assert.Equal(new double?[] { null, 102.63, 102.63 }, await Nullables<double>(reader, group, "lon"));
        Assert.Equal(new int?[] { null, 1, null }, await Nullables<int>(reader, group, "mentions"));
        Assert.Equal(new int?[] { null, 1, null }, await Nullables<int>(reader, group, "outlets"));
    }

    [Fact]
    public async Task Rows_are_split_into_row_groups_of_the_given_size()
    {
        using var file = new MemoryStream();
        await ParquetEventWriter.WriteAsync(file, Rows(7), rowGroupSize: 3, cancellationToken: Cancel);
        file.Position = 0;

        await using var reader = await ParquetReader.CreateAsync(file, cancellationToken: Cancel);

        Assert.Equal(3, reader.RowGroupCount);
        Assert.Equal([3L, 3L, 1L], Enumerable.Range(0, 3).Select(i => { using var g = reader.OpenRowGroupReader(i); return g.RowCount; }));
        using var last = reader.OpenRowGroupReader(2);
        Assert.Equal(new string?[] { "a6" }, await Strings(reader, last, "article"));
    }

    [Fact]
    public async Task Coded_events_and_async_sources_write_to_a_stream_that_cannot_seek()
    {
        using var sink = new MemoryStream();
        using var forwardOnly = new ForwardOnlyStream(sink);

        Assert.Equal(2, await ParquetEventWriter.WriteAsync(forwardOnly, new[] { Sample.Event, Sample.Event with { Sentence = 4 } }, cancellationToken: Cancel));
        Assert.True(sink.CanWrite, "the output stream is left open");
        sink.Position = 0;
        await using var reader = await ParquetReader.CreateAsync(sink, cancellationToken: Cancel);
        using var group = reader.OpenRowGroupReader(0);
        Assert.Equal(new int[] { 0, 4 }, await Values<int>(reader, group, "sentence"));
        Assert.Equal(new double?[] { 17.97, 17.97 }, await Nullables<double>(reader, group, "lat"));

        using var empty = new MemoryStream();
        Assert.Equal(0, await ParquetEventWriter.WriteAsync(empty, AsyncEnumerable.Empty<ExportRow>(), cancellationToken: Cancel));
        empty.Position = 0;
        await using var emptyReader = await ParquetReader.CreateAsync(empty, cancellationToken: Cancel);
        Assert.Equal(0, emptyReader.RowGroupCount);
        Assert.Equal(ExpectedSchema.Length, emptyReader.Schema.DataFields.Length);
    }

    [Fact]
    public async Task A_row_group_size_below_one_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => ParquetEventWriter.WriteAsync(new MemoryStream(), Rows(1), rowGroupSize: 0, cancellationToken: Cancel));
    }

    /// <summary>Like standard output: writes go through, seeking and positions do not.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
