namespace Entente.Sources;

/// <summary>A plain UTF-8 text file is one article; its date comes from <c>--date</c> or its dateline.</summary>
internal static class PlainTextReader
{
    public static ReadItem Read(Stream stream, string file, ReaderOptions options)
    {
        var bytes = InputBytes.ReadAllBounded(stream, options.MaxRecordBytes);
        if (bytes is null) return new ReadError(file, 0, Messages.FileTooLarge(options.MaxRecordBytes));
        if (InputBytes.HasNul(bytes)) return new ReadError(file, 0, Messages.Binary);
        var invalid = InputBytes.FirstInvalidUtf8(bytes);
        if (invalid >= 0) return new ReadError(file, InputBytes.LineOf(bytes, invalid), "invalid UTF-8");
        var text = InputBytes.DecodeText(bytes);
        if (string.IsNullOrWhiteSpace(text)) return new ReadError(file, 0, Messages.Empty);
        if (PublicationDate.ForPlainText(text, options.Date) is not { } date) return new ReadError(file, 0, PublicationDate.Missing);
        return new Article(Article.ContentId(text), null, text, date, Origin: $"{file}:1");
    }
}
