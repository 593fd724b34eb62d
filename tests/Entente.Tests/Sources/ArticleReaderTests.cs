using System.Text;
using Entente.Records;
using Entente.Sources;
using Xunit;

namespace Entente.Tests.Sources;

public sealed class ArticleReaderTests : IDisposable
{
    private static readonly ReaderOptions Dated = new() { Date = PartialDate.OfDay(new DateOnly(2025, 7, 17)) };
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Folders_are_read_recursively_in_path_order_skipping_other_files()
    {
        _folder.Write("b/2.txt", "second");
        _folder.Write("a.jsonl", "{\"id\":\"j1\",\"text\":\"first\",\"published\":\"2025-01-01\"}\n");
        _folder.Write("b/1.json", "{\"id\":\"g1\",\"text\":\"gold\",\"published\":\"2022-04-03\",\"events\":[{\"source\":\"USA\"}]}");
        _folder.Write("notes.md", "not an article");
        _folder.Write("c/readme.rtf", "{\\rtf1 no}");

        var items = ArticleReader.Read([_folder.Path], Dated).ToList();

        Assert.All(items, i => Assert.False(i.IsError));
        Assert.Equal(["first", "gold", "second"], items.Select(i => i.Article!.Text));
        Assert.Equal("g1", items[1].Article!.Id);
    }

    [Fact]
    public void Missing_paths_and_unknown_types_named_explicitly_are_errors_and_the_rest_is_read()
    {
        var good = _folder.Write("good.txt", "A text.");
        var odd = _folder.Write("odd.md", "A text.");
        var missing = Path.Combine(_folder.Path, "missing.txt");

        var items = ArticleReader.Read([missing, odd, good], Dated).ToList();

        Assert.Equal($"{missing}: no such file or directory", items[0].Error!.ToString());
        Assert.Equal($"{odd}: unsupported file type '.md' (expected .txt, .jsonl, .json, .html, .rss, .atom or .xml)", items[1].Error!.ToString());
        Assert.Equal("A text.", items[2].Article!.Text);
    }

    [Fact]
    public void A_json_file_holds_one_article_or_an_array()
    {
        var single = _folder.Write("one.json", "{\n  \"id\": \"x\",\n  \"text\": \"T\",\n  \"published\": \"2022-04-03\",\n  \"facts\": []\n}");
        var array = _folder.Write("many.json", "[\n{\"text\":\"A\",\"published\":\"2022-01-01\"},\n{\"text\":\"\"},\n{\"text\":\"B\",\"published\":\"2022-01-02\"}\n]");
        var broken = _folder.Write("broken.json", "{\"text\": \"T\",");

        var items = ArticleReader.Read([single, array, broken], new ReaderOptions()).ToList();

        Assert.Equal("x", items[0].Article!.Id);
        Assert.Equal("A", items[1].Article!.Text);
        Assert.Equal((3, "empty 'text'"), (items[2].Error!.Line, items[2].Error!.Message));
        Assert.Equal("B", items[3].Article!.Text);
        Assert.EndsWith("many.json:4", items[3].Article!.Origin);
        Assert.StartsWith("malformed JSON", items[4].Error!.Message);
        Assert.Equal(5, items.Count);
    }

    [Theory]
    [InlineData("\n  {\"text\":\"from a pipe\",\"published\":\"2025-02-01\"}\n{\"text\":\"two\",\"published\":\"2025-02-01\"}", 2)]
    [InlineData("VIENTIANE, July 17 — {braces} later are fine.", 1)]
    public void Standard_input_format_is_sniffed(string input, int count)
    {
        var items = ArticleReader.Read(["-"], new ReaderOptions
        {
            Date = PartialDate.OfYear(2025),
            OpenStandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes(input)),
        }).ToList();

        Assert.Equal(count, items.Count(i => !i.IsError));
        Assert.StartsWith("<stdin>:", items[0].Article!.Origin);
    }

    [Fact]
    public void Reading_is_lazy_so_nothing_is_opened_before_it_is_needed()
    {
        var items = ArticleReader.Read([Path.Combine(_folder.Path, "later.txt")], Dated);
        _folder.Write("later.txt", "Created after the call.");

        Assert.Equal("Created after the call.", Assert.Single(items).Article!.Text);
    }

    [Fact]
    public void An_io_failure_mid_stream_ends_only_that_input()
    {
        var good = _folder.Write("good.txt", "Still read.");
        var failing = new ReaderOptions
        {
            Date = Dated.Date,
            OpenStandardInput = () => new FailingStream("{\"text\":\"first\",\"published\":\"2025-01-01\"}\n"u8.ToArray()),
        };

        var items = ArticleReader.Read(["-", good], failing).ToList();

        Assert.Equal("first", items[0].Article!.Text);
        Assert.Equal("<stdin>: cannot read: device gone", items[1].Error!.ToString());
        Assert.Equal("Still read.", items[2].Article!.Text);
    }

    /// <summary>Serves its bytes, then fails like a dropped network share.</summary>
    private sealed class FailingStream(byte[] bytes) : Stream
    {
        private int _position;
        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position >= bytes.Length) throw new IOException("device gone");
            var n = Math.Min(count, bytes.Length - _position);
            Array.Copy(bytes, _position, buffer, offset, n);
            _position += n;
            return n;
        }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
