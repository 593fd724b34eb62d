using Entente.Records;
using Entente.Sources;
using Xunit;

namespace Entente.Tests.Sources;

public sealed class FeedReaderTests : IDisposable
{
    private static readonly ReaderOptions Undated = new();
    private static readonly ReaderOptions Dated = new() { Date = PartialDate.OfDay(new DateOnly(2025, 9, 20)) };
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static List<ReadItem> Read(string path, ReaderOptions? options = null) => ArticleReader.Read([path], options ?? Undated).ToList();

    [Fact]
    public void Rss_2_items_prefer_content_encoded_and_keep_guid_link_title_and_outlet()
    {
        var path = Fixtures.Path("Feeds/rss2.rss");
        var items = Read(path);

        Assert.Equal(3, items.Count);
        var first = items[0].Article!;
        Assert.Equal("digest-1001", first.Id);
        Assert.Equal("Hungary hosts Serbian president", first.Title);
        Assert.Equal(
            "BUDAPEST – Hungarian Prime Minister Viktor Orbán received Serbian President Aleksandar Vučić in Budapest on Monday.\n\n" +
            "The two leaders discussed an oil pipeline.",
            first.Text);
        // 23:30 at -05:00 is still the 3rd where the outlet is: no shift to UTC.
        Assert.Equal(new DateOnly(2025, 3, 3), first.Published);
        Assert.Equal("Danube Diplomatic Digest", first.Outlet);
        Assert.Equal("https://digest.example/2025/03/hungary-serbia", first.Url);
        Assert.Equal($"{path}:8", first.Origin);
    }

    [Fact]
    public void Plain_descriptions_keep_their_paragraphs_and_an_item_without_guid_is_known_by_its_link()
    {
        var items = Read(Fixtures.Path("Feeds/rss2.rss"));

        var plain = items[1].Article!;
        Assert.Equal("Romania recalled its ambassador for consultations on Tuesday.\n\nOfficials gave no reason.", plain.Text);
        Assert.Equal(new DateOnly(2025, 3, 4), plain.Published);
        var escaped = items[2].Article!;
        Assert.Equal("https://digest.example/2025/03/bulgaria-greece", escaped.Id);
        Assert.Equal("Bulgaria and Greece opened a new border crossing on Wednesday.", escaped.Text);
        Assert.Equal(new DateOnly(2025, 3, 5), escaped.Published);
    }

    [Fact]
    public void Atom_entries_dated_only_by_updated_are_read_with_xhtml_and_html_content()
    {
        var items = Read(Fixtures.Path("Feeds/updated-only.atom"));

        Assert.All(items, i => Assert.False(i.IsError));
        var (first, second, third) = (items[0].Article!, items[1].Article!, items[2].Article!);
        Assert.Equal("urn:baltic:entry:1", first.Id);
        Assert.Equal(new DateOnly(2025, 6, 1), first.Published);
        Assert.Equal("TALLINN — Estonia and Finland agreed on Sunday to share ferry security data.\n\nThe interior ministers signed a memorandum in Tallinn.", first.Text);
        Assert.Equal("https://baltic.example/2025/06/ferry-security", first.Url);
        Assert.Equal("Baltic Briefing", first.Outlet);
        Assert.Equal("Latvia condemns airspace violation", second.Title);
        Assert.Equal("Latvia condemned an airspace violation on Monday.\n\nThe foreign ministry summoned the chargé d'affaires.", second.Text);
        Assert.Equal(new DateOnly(2025, 6, 2), second.Published);
        Assert.Equal("Lithuania joined the drone coalition on Monday.", third.Text);
        Assert.Null(third.Url);
        Assert.Equal(3, items.Count);
    }

    [Fact]
    public void Rss_1_rdf_items_are_read_with_dublin_core_dates_and_rdf_about_ids()
    {
        var article = Assert.Single(Read(Fixtures.Path("Feeds/rdf.xml"))).Article!;

        Assert.Equal("https://andes.example/2024/11/peru-chile", article.Id);
        Assert.Equal("Peru and Chile hold border talks", article.Title);
        Assert.Equal("Peru and Chile held talks on their maritime border in Lima on Friday.", article.Text);
        Assert.Equal(new DateOnly(2024, 11, 15), article.Published);
        Assert.Equal("Andean Affairs", article.Outlet);
    }

    [Fact]
    public void A_feed_that_is_not_well_formed_is_one_error_at_its_line()
    {
        var path = Fixtures.Path("Feeds/broken.rss");
        var error = Assert.Single(Read(path)).Error!;

        Assert.StartsWith("malformed XML: ", error.Message);
        Assert.DoesNotMatch(@"Line \d+, position \d+\.$", error.Message);
        Assert.True(error.Line >= 9, error.ToString());
    }

    [Fact]
    public void Bad_items_are_errors_at_their_lines_and_the_rest_of_the_feed_is_read()
    {
        var path = Fixtures.Path("Feeds/bad-items.rss");

        var items = Read(path);

        Assert.Equal("sahel-1", items[0].Article!.Id);
        Assert.Equal($"{path}:12: no article text found", items[1].Error!.ToString());
        Assert.Equal($"{path}:18: invalid date 'sometime last week' in <pubDate>", items[2].Error!.ToString());
        Assert.Equal($"{path}:24: missing date (use --date YYYY-MM-DD)", items[3].Error!.ToString());
        Assert.Equal(4, items.Count);
        // --date dates only the item that has no date at all, never one with an unreadable date.
        var dated = Read(path, Dated);
        Assert.Equal(new DateOnly(2025, 9, 20), dated[3].Article!.Published);
        Assert.True(dated[2].IsError);
    }

    [Fact]
    public void Xml_that_is_not_a_feed_is_unsupported_when_named_and_skipped_in_a_folder()
    {
        var sitemap = _folder.Write("site/sitemap.xml", "<?xml version=\"1.0\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url/></urlset>");
        var notRss = _folder.Write("site/odd.rss", "<html><body><p>Not a feed</p></body></html>");
        _folder.Write("site/feed.xml", File.ReadAllText(Fixtures.Path("Feeds/rdf.xml")));

        Assert.Equal($"{sitemap}: unsupported file type '.xml': root element <urlset> is not <rss>, <feed> or <rdf:RDF>", Assert.Single(Read(sitemap)).Error!.ToString());
        Assert.Equal($"{notRss}: not a feed: root element <html> is not <rss>, <feed> or <rdf:RDF>", Assert.Single(Read(notRss)).Error!.ToString());
        var folder = Read(Path.Combine(_folder.Path, "site"));
        Assert.Equal("Andean Affairs", folder[0].Article!.Outlet);
        Assert.Equal(notRss, folder[1].Error!.File);
        Assert.Equal(2, folder.Count);
    }

    [Fact]
    public void An_item_whose_content_holds_no_text_falls_back_to_its_description()
    {
        var path = _folder.Write("images.rss",
            "<rss xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Pics</title><item>" +
            "<content:encoded><![CDATA[<p><img src=\"a.jpg\"></p>]]></content:encoded><description>Caption text.</description>" +
            "<pubDate>2025-02-02</pubDate></item></channel></rss>");

        Assert.Equal("Caption text.", Assert.Single(Read(path)).Article!.Text);
    }

    [Fact]
    public void A_feed_without_items_or_channel_is_an_error()
    {
        var empty = _folder.Write("empty.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Quiet</title></feed>");
        var bare = _folder.Write("bare.rss", "<rss version=\"2.0\"><item><title>x</title></item></rss>");

        Assert.Equal("feed has no items", Assert.Single(Read(empty)).Error!.Message);
        Assert.Equal("RSS feed without <channel>", Assert.Single(Read(bare)).Error!.Message);
    }

    [Fact]
    public void Document_type_declarations_are_ignored_not_resolved()
    {
        var path = _folder.Write("dtd.rss",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n" +
            "<rss version=\"0.91\"><channel><title>Old</title><item><title>T</title><description>Old feed text.</description>" +
            "<pubDate>Sun, 19 May 2002 15:21:36 GMT</pubDate></item></channel></rss>");

        var article = Assert.Single(Read(path)).Article!;

        Assert.Equal(new DateOnly(2002, 5, 19), article.Published);
        Assert.Equal("Old feed text.", article.Text);
    }

    [Fact]
    public void Feeds_declaring_a_legacy_encoding_are_decoded()
    {
        var head = "<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n<rss><channel><title>Caf";
        var tail = "</title><item><description>Talks in Lom\u00e9.</description><pubDate>2025-01-01</pubDate></item></channel></rss>";
        byte[] bytes = [.. System.Text.Encoding.ASCII.GetBytes(head), 0xE9, 0x20, 0x93, (byte)'Q', 0x94, .. System.Text.Encoding.Latin1.GetBytes(tail)];

        var article = Assert.Single(Read(_folder.Write("legacy.xml", bytes))).Article!;

        Assert.Equal("Café “Q”", article.Outlet);
        Assert.Equal("Talks in Lomé.", article.Text);
    }

    [Fact]
    public void Standard_input_holding_a_feed_is_read_as_one()
    {
        var feed = File.ReadAllBytes(Fixtures.Path("Feeds/updated-only.atom"));

        var items = ArticleReader.Read(["-"], Undated with { OpenStandardInput = () => new MemoryStream(feed) }).ToList();

        Assert.Equal(3, items.Count(i => !i.IsError));
        Assert.Equal("<stdin>:8", items[0].Article!.Origin);
    }

    [Fact]
    public void A_feed_larger_than_the_record_limit_is_refused_whole()
    {
        var error = Assert.Single(ArticleReader.Read([Fixtures.Path("Feeds/rss2.rss")], new ReaderOptions { MaxRecordBytes = 512 })).Error!;

        Assert.Equal("file too large (over 512 bytes)", error.Message);
    }
}
