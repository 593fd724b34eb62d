using System.Text;
using Entente.Records;
using Entente.Sources;
using Xunit;

namespace Entente.Tests.Sources;

public sealed class JsonLinesReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private List<ReadItem> Read(string content, ReaderOptions? options = null) =>
        ArticleReader.Read([_folder.Write("in.jsonl", content)], options ?? new ReaderOptions()).ToList();

    [Fact]
    public void Reads_every_field_and_traces_the_line()
    {
        var items = Read("""
            {"id":"a1","title":"T","text":"Belarus and Laos signed.","published":"2025-07-17","outlet":"O","url":"https://x"}

            {"text":"No id here.","published":"2025-07-18T23:30:00+07:00"}
            """);

        Assert.Equal(2, items.Count);
        var first = items[0].Article!;
        Assert.Equal(("a1", "T", "Belarus and Laos signed.", new DateOnly(2025, 7, 17), "O", "https://x"),
            (first.Id, first.Title, first.Text, first.Published, first.Outlet, first.Url));
        Assert.EndsWith("in.jsonl:1", first.Origin);
        var second = items[1].Article!;
        Assert.Equal(Article.ContentId("No id here."), second.Id);
        Assert.Equal(new DateOnly(2025, 7, 18), second.Published);
        Assert.EndsWith("in.jsonl:3", second.Origin);
    }

    [Fact]
    public void Each_bad_line_is_an_error_and_reading_goes_on()
    {
        var content = string.Join('\n',
            """{"text":"ok one","published":"2025-01-01"}""",
            """{"text":"broken" "published":}""",
            """{"title":"no text","published":"2025-01-01"}""",
            """{"text":"no date"}""",
            """{"text":"bad date","published":"yesterday"}""",
            """[1,2]""",
            """{"text":"   ","published":"2025-01-01"}""",
            """{"text":"trailing","published":"2025-01-01"} x""",
            """{"text":"ok two","published":"2025-01-02"}""");

        var items = Read(content);

        Assert.Equal(["ok one", "ok two"], items.Where(i => !i.IsError).Select(i => i.Article!.Text));
        var errors = items.Where(i => i.IsError).Select(i => i.Error!).ToList();
        Assert.Equal([2, 3, 4, 5, 6, 7, 8], errors.Select(e => e.Line));
        Assert.StartsWith("malformed JSON", errors[0].Message);
        Assert.Equal("missing 'text' field", errors[1].Message);
        Assert.Equal("missing date (use --date YYYY-MM-DD)", errors[2].Message);
        Assert.StartsWith("invalid 'published' date 'yesterday'", errors[3].Message);
        Assert.Equal("expected a JSON object", errors[4].Message);
        Assert.Equal("empty 'text'", errors[5].Message);
        Assert.StartsWith("malformed JSON", errors[6].Message);
    }

    [Fact]
    public void A_full_date_option_stands_in_for_a_missing_published()
    {
        var items = Read("""{"text":"undated"}""", new ReaderOptions { Date = PartialDate.OfDay(new DateOnly(2024, 10, 23)) });

        Assert.Equal(new DateOnly(2024, 10, 23), Assert.Single(items).Article!.Published);
    }

    [Fact]
    public void Invalid_utf8_fails_only_its_line()
    {
        var bytes = new List<byte>();
        bytes.AddRange("{\"text\":\"good\",\"published\":\"2025-01-01\"}\n"u8.ToArray());
        bytes.AddRange("{\"text\":\"bad "u8.ToArray());
        bytes.AddRange(new byte[] { 0xC3, 0x28 });
        bytes.AddRange("\",\"published\":\"2025-01-01\"}\n"u8.ToArray());
        bytes.AddRange("{\"text\":\"last\",\"published\":\"2025-01-01\"}"u8.ToArray());

        var items = ArticleReader.Read([_folder.Write("mixed.jsonl", bytes.ToArray())], new ReaderOptions()).ToList();

        Assert.Equal(["good", "last"], items.Where(i => !i.IsError).Select(i => i.Article!.Text));
        var error = Assert.Single(items, i => i.IsError).Error!;
        Assert.Equal((2, "invalid UTF-8 at byte 13"), (error.Line, error.Message));
    }

    [Fact]
    public void A_nul_byte_past_the_start_of_the_file_fails_only_its_line()
    {
        // NUL bytes in the first chunk mark the whole file as binary; later ones are one corrupt line.
        var good = "{\"text\":\"" + new string('g', 1000) + "\",\"published\":\"2025-01-01\"}\n";
        var content = string.Concat(Enumerable.Repeat(good, 100)) + "{\"text\":\"nul\0\",\"published\":\"2025-01-01\"}\n" + good;

        var items = Read(content);

        Assert.Equal(101, items.Count(i => !i.IsError));
        var error = Assert.Single(items, i => i.IsError).Error!;
        Assert.Equal((101, "NUL byte in line (binary data?)"), (error.Line, error.Message));
    }

    [Fact]
    public void A_binary_file_is_one_error()
    {
        var items = ArticleReader.Read([_folder.Write("blob.jsonl", [0x7B, 0x00, 0x01, 0x02, 0x0A, 0x00])], new ReaderOptions()).ToList();

        var error = Assert.Single(items).Error!;
        Assert.Equal((0, "binary file (NUL bytes)"), (error.Line, error.Message));
    }

    [Fact]
    public void An_empty_file_is_an_error()
    {
        var error = Assert.Single(Read("\n  \n")).Error!;

        Assert.Equal("empty file", error.Message);
    }

    [Fact]
    public void A_ten_megabyte_line_is_skipped_and_the_next_line_read()
    {
        var huge = "{\"text\":\"" + new string('x', 10 * 1024 * 1024) + "\",\"published\":\"2025-01-01\"}";
        var items = Read(huge + "\n{\"text\":\"after\",\"published\":\"2025-01-01\"}\n");

        Assert.Equal(2, items.Count);
        Assert.Equal(1, items[0].Error!.Line);
        Assert.StartsWith("line too long (10 MiB; the limit is 8 MiB)", items[0].Error!.Message);
        Assert.Equal("after", items[1].Article!.Text);
    }

    [Fact]
    public void Windows_line_ends_and_a_byte_order_mark_are_accepted()
    {
        var items = Read("\uFEFF{\"text\":\"one\",\"published\":\"2025-01-01\"}\r\n{\"text\":\"two\",\"published\":\"2025-01-01\"}\r\n");

        Assert.Equal(["one", "two"], items.Select(i => i.Article!.Text));
    }

    [Fact]
    public void Reading_streams_instead_of_loading_the_whole_input()
    {
        var line = "{\"text\":\"" + new string('y', 1000) + "\",\"published\":\"2025-01-01\"}\n";
        var input = new CountingStream(new MemoryStream(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(line, 5000)))));

        using var items = ArticleReader.Read(["-"], new ReaderOptions { OpenStandardInput = () => input }).GetEnumerator();
        Assert.True(items.MoveNext());

        Assert.False(items.Current.IsError);
        Assert.True(input.BytesRead < 200_000, $"read {input.BytesRead} bytes for the first article");
    }

    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            BytesRead += n;
            return n;
        }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
