using System.Text;
using Entente.Records;
using Entente.Sources;
using Xunit;

namespace Entente.Tests.Sources;

public sealed class HtmlReaderTests : IDisposable
{
    private static readonly ReaderOptions Undated = new();
    private static readonly ReaderOptions Dated = new() { Date = PartialDate.OfDay(new DateOnly(2025, 1, 2)) };
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static ReadItem ReadOne(string path, ReaderOptions options) => Assert.Single(ArticleReader.Read([path], options));

    private ReadItem ReadPage(string html, ReaderOptions? options = null) => ReadOne(_folder.Write("page.html", html), options ?? Dated);

    [Fact]
    public void Page_chrome_is_dropped_and_the_article_keeps_its_paragraphs_headings_and_list_items()
    {
        var article = ReadOne(Fixtures.Path("Web/noisy-page.html"), Undated).Article!;

        Assert.Equal(
            "VIENTIANE, July 17 — Belarusian Foreign Minister Maxim Ryzhenkov met his Lao counterpart in Vientiane on Thursday.\n\n" +
            "The two ministers signed an agreement on visa-free travel for holders of official passports & discussed trade.\n\n" +
            "Next steps\n\n" +
            "Officials said the sides would also consider:\n\n" +
            "a joint commission on trade\n\n" +
            "direct flights between Minsk and Vientiane",
            article.Text);
    }

    [Fact]
    public void Metadata_comes_from_open_graph_the_published_time_and_the_canonical_link()
    {
        var article = ReadOne(Fixtures.Path("Web/noisy-page.html"), Dated).Article!;

        Assert.Equal("Belarus and Laos sign visa agreement", article.Title);
        // The calendar day as the outlet wrote it (+07:00), and the page's date wins over --date.
        Assert.Equal(new DateOnly(2025, 7, 17), article.Published);
        Assert.Equal("The Mekong Ledger", article.Outlet);
        Assert.Equal("https://ledger.example/world/belarus-laos", article.Url);
        Assert.Equal(Article.ContentId(article.Text), article.Id);
        Assert.EndsWith("noisy-page.html:1", article.Origin);
    }

    [Fact]
    public void Json_ld_dates_a_page_and_density_finds_a_story_split_over_sibling_blocks()
    {
        var article = ReadOne(Fixtures.Path("Web/jsonld-date.html"), Undated).Article!;

        Assert.Equal(new DateOnly(2024, 10, 23), article.Published);
        Assert.Equal("Ministers meet in Geneva", article.Title);
        Assert.Null(article.Outlet);
        var paragraphs = article.Text.Split("\n\n");
        Assert.Equal(3, paragraphs.Length);
        Assert.StartsWith("GENEVA — The foreign ministers of Armenia and Azerbaijan", paragraphs[0]);
        Assert.Equal("The talks, hosted by the Swiss government, lasted more than six hours.", paragraphs[1]);
        Assert.StartsWith("Neither side announced a date", paragraphs[2]);
        Assert.DoesNotContain("Advertisement", article.Text);
        Assert.DoesNotContain("newsletter", article.Text);
    }

    [Fact]
    public void A_page_without_a_date_needs_the_date_option()
    {
        var path = Fixtures.Path("Web/undated.html");

        Assert.Equal($"{path}: missing date (use --date YYYY-MM-DD)", ReadOne(path, Undated).Error!.ToString());
        Assert.Equal($"{path}: missing date (use --date YYYY-MM-DD)", ReadOne(path, new ReaderOptions { Date = PartialDate.OfYear(2025) }).Error!.ToString());
        var article = ReadOne(path, Dated).Article!;
        Assert.Equal(new DateOnly(2025, 1, 2), article.Published);
        Assert.Equal("Statement on the ceasefire", article.Title);
        Assert.Equal("Statement on the ceasefire\n\nThe government welcomes the ceasefire announced today and calls on all parties to respect it.", article.Text);
    }

    [Theory]
    [InlineData("<meta name=\"date\" content=\"2023-05-06\">", "")]
    [InlineData("", "<time datetime=\"2023-05-06T10:00\">6 May</time>")]
    [InlineData("<meta property=\"article:published_time\" content=\"Sat, 06 May 2023 10:00:00 +0200\">", "")]
    public void Dates_come_from_meta_tags_and_time_elements(string head, string body)
    {
        var article = ReadPage($"<html><head>{head}</head><body>{body}<p>Text of the story.</p></body></html>").Article!;

        Assert.Equal(new DateOnly(2023, 5, 6), article.Published);
    }

    [Fact]
    public void An_unreadable_meta_date_falls_through_to_the_next_source()
    {
        var article = ReadPage("<meta name=\"date\" content=\"soon\"><p>Text <time datetime=\"2021-03-04\">today</time>.</p>").Article!;

        Assert.Equal(new DateOnly(2021, 3, 4), article.Published);
    }

    [Fact]
    public void Title_falls_back_to_the_title_element_then_the_first_heading()
    {
        Assert.Equal("From title", ReadPage("<title> From \n title </title><h1>Heading</h1><p>Body.</p>").Article!.Title);
        Assert.Equal("Heading", ReadPage("<h1>Heading</h1><p>Body.</p>").Article!.Title);
        Assert.Null(ReadPage("<p>Body.</p>").Article!.Title);
    }

    [Fact]
    public void A_relative_canonical_link_yields_to_the_open_graph_address()
    {
        var article = ReadPage("<link rel=\"canonical\" href=\"/a/1\"><meta property=\"og:url\" content=\"https://x.example/a/1\"><p>Body.</p>").Article!;

        Assert.Equal("https://x.example/a/1", article.Url);
    }

    [Fact]
    public void A_teaser_article_does_not_hide_the_real_story()
    {
        var story = string.Join("", Enumerable.Range(1, 4).Select(i => $"<p>Paragraph {i} of the real story, long enough to count for something.</p>"));
        var article = ReadPage($"<body><div id=story>{story}</div><article><p>Teaser.</p></article></body>").Article!;

        Assert.StartsWith("Paragraph 1 of the real story", article.Text);
        Assert.DoesNotContain("Teaser", article.Text);
    }

    [Fact]
    public void Paragraphs_made_only_of_links_are_dropped()
    {
        var article = ReadPage("<p>Talks in <a href=/x>Doha</a> went on.</p><p><a href=/share>Share</a> <a href=/more>Read more</a></p><ul><li><a href=/r>Related story</a></li></ul>").Article!;

        Assert.Equal("Talks in Doha went on.", article.Text);
    }

    [Fact]
    public void Line_breaks_split_paragraphs_and_inline_markup_does_not()
    {
        var article = ReadPage("<p>First <b>bold</b> and <a href=x>linked</a> words.<br>Second line.</p><p>  Spaced\t\n out  </p>").Article!;

        Assert.Equal("First bold and linked words.\n\nSecond line.\n\nSpaced out", article.Text);
    }

    [Theory]
    [InlineData("<html><body><nav><p>Menu</p></nav><script>var a = '<p>x</p>';</script></body></html>")]
    [InlineData("<html><head><title>Only a title</title></head><body>   </body></html>")]
    [InlineData("</p></div><!-- only a comment --><img src=x>")]
    public void A_page_without_article_text_is_an_error(string html)
    {
        Assert.Equal("no article text found", ReadPage(html).Error!.Message);
    }

    [Fact]
    public void Broken_and_absurdly_deep_markup_never_crashes()
    {
        var deep = new StringBuilder();
        for (var i = 0; i < 5_000; i++) deep.Append("<div><span>");
        deep.Append("Deep text.");

        Assert.Equal("Unclosed bold text.\n\nAnd more", ReadPage("<p>Unclosed <b>bold <i>text.</p><p>And more").Article!.Text);
        Assert.Equal("Deep text.", ReadPage(deep.ToString()).Article!.Text);
    }

    [Fact]
    public void Pages_in_windows_1252_are_decoded()
    {
        // é is 0xE9 and the curly quotes 0x93/0x94: not UTF-8, and not Latin-1 either.
        byte[] bytes = [.. Encoding.ASCII.GetBytes("<p>Caf"), 0xE9, .. Encoding.ASCII.GetBytes(" talks "), 0x93, (byte)'q', 0x94, .. "</p>"u8];
        var article = ReadOne(_folder.Write("old.htm", bytes), Dated).Article!;

        Assert.Equal("Café talks “q”", article.Text);
    }

    [Fact]
    public void Html_files_in_folders_are_read_and_binary_ones_reported()
    {
        _folder.Write("site/a.html", "<p>Page A.</p>");
        _folder.Write("site/b.htm", [0x3C, 0x70, 0x3E, 0x00, 0x01]);

        var items = ArticleReader.Read([_folder.Path], Dated).ToList();

        Assert.Equal("Page A.", items[0].Article!.Text);
        Assert.Equal("binary file (NUL bytes)", items[1].Error!.Message);
    }

    [Fact]
    public void Standard_input_starting_with_a_tag_is_read_as_a_web_page()
    {
        var items = ArticleReader.Read(["-"], Dated with
        {
            OpenStandardInput = () => new MemoryStream("\n  <!DOCTYPE html><html><body><p>From a pipe.</p></body></html>"u8.ToArray()),
        }).ToList();

        Assert.Equal("From a pipe.", Assert.Single(items).Article!.Text);
    }
}
