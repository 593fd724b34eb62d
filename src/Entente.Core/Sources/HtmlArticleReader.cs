using AngleSharp.Html.Parser;

namespace Entente.Sources;

/// <summary>
/// A saved web page is one article: its main text (<see cref="HtmlMainText"/>) with the title, date, outlet and
/// address the page declares (<see cref="HtmlMetadata"/>). The page's own date wins over <c>--date</c>.
/// </summary>
internal static class HtmlArticleReader
{
    public static ReadItem Read(Stream stream, string file, ReaderOptions options)
    {
        var bytes = InputBytes.ReadAllBounded(stream, options.MaxRecordBytes);
        if (bytes is null) return new ReadError(file, 0, Messages.FileTooLarge(options.MaxRecordBytes));
        if (WebTextDecoder.Decode(bytes) is not { } html) return new ReadError(file, 0, Messages.Binary);
        if (string.IsNullOrWhiteSpace(html)) return new ReadError(file, 0, Messages.Empty);
        return Parse(html, file, options);
    }

    private static ReadItem Parse(string html, string file, ReaderOptions options)
    {
        using var document = new HtmlParser().ParseDocument(html);
        var metadata = HtmlMetadata.Read(document);
        var text = HtmlMainText.Extract(document);
        if (text.Length == 0) return new ReadError(file, 0, Messages.NoArticleText);
        if ((metadata.Published ?? DayOf(options)) is not { } published) return new ReadError(file, 0, PublicationDate.Missing);
        return new Article(Article.ContentId(text), metadata.Title, text, published, metadata.Outlet, metadata.Url, $"{file}:1");
    }

    private static DateOnly? DayOf(ReaderOptions options) =>
        options.Date is { Precision: Records.DatePrecision.Day } day ? day.Start : null;
}
