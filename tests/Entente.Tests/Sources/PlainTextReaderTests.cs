using Entente.Records;
using Entente.Sources;
using Xunit;

namespace Entente.Tests.Sources;

public sealed class PlainTextReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private ReadItem ReadOne(string content, PartialDate? date = null) =>
        Assert.Single(ArticleReader.Read([_folder.Write("a.txt", content)], new ReaderOptions { Date = date }));

    [Fact]
    public void A_full_date_option_is_the_publication_date_and_the_id_is_the_content_hash()
    {
        var article = ReadOne("VIENTIANE, July 17 — Talks were held.", PartialDate.OfDay(new DateOnly(2025, 7, 18))).Article!;

        Assert.Equal(new DateOnly(2025, 7, 18), article.Published);
        Assert.Equal(Article.ContentId("VIENTIANE, July 17 — Talks were held."), article.Id);
        Assert.EndsWith("a.txt:1", article.Origin);
    }

    [Fact]
    public void A_dateline_takes_its_year_from_the_date_option()
    {
        var article = ReadOne("VIENTIANE, July 17 — Talks were held.", PartialDate.OfYear(2025)).Article!;

        Assert.Equal(new DateOnly(2025, 7, 17), article.Published);
    }

    [Fact]
    public void A_dateline_with_its_own_year_needs_no_option()
    {
        var article = ReadOne("Washington, D.C., 3 April 2022 - The Secretary met the Prime Minister.").Article!;

        Assert.Equal(new DateOnly(2022, 4, 3), article.Published);
    }

    [Fact]
    public void Without_any_date_the_article_is_an_error()
    {
        var error = ReadOne("VIENTIANE, July 17 — Talks were held.").Error!;

        Assert.Equal("missing date (use --date YYYY-MM-DD)", error.Message);
        Assert.Equal(0, error.Line);
    }

    [Fact]
    public void Windows_line_ends_are_folded_so_offsets_agree_everywhere()
    {
        var article = ReadOne("First paragraph.\r\n\r\nSecond.", PartialDate.OfDay(new DateOnly(2025, 1, 1))).Article!;

        Assert.Equal("First paragraph.\n\nSecond.", article.Text);
    }

    [Fact]
    public void Empty_binary_and_invalid_utf8_files_are_errors()
    {
        var date = new ReaderOptions { Date = PartialDate.OfDay(new DateOnly(2025, 1, 1)) };
        var empty = _folder.Write("empty.txt", "  \n ");
        var binary = _folder.Write("binary.txt", [0x48, 0x00, 0x49]);
        var invalid = _folder.Write("latin1.txt", [0x6F, 0x6B, 0x0A, 0x63, 0x61, 0x66, 0xE9, 0x0A]);

        var errors = ArticleReader.Read([empty, binary, invalid], date).Select(i => i.Error!.ToString()).ToList();

        Assert.Equal([$"{empty}: empty file", $"{binary}: binary file (NUL bytes)", $"{invalid}:2: invalid UTF-8"], errors);
    }

    [Fact]
    public void A_text_over_the_size_limit_is_an_error()
    {
        var error = Assert.Single(ArticleReader.Read([_folder.Write("big.txt", new string('a', 2000))], new ReaderOptions { MaxRecordBytes = 1000 })).Error!;

        Assert.Equal("file too large (over 1000 bytes)", error.Message);
    }
}
