using System.Text.Json;

namespace Entente.Sources;

/// <summary>JSON Lines: one article object per line, streamed line by line; blank lines are skipped.</summary>
internal static class JsonLinesReader
{
    public static IEnumerable<ReadItem> Read(Stream stream, string file, ReaderOptions options)
    {
        var lines = new LineSplitter(stream, options.MaxRecordBytes);
        if (InputBytes.HasNul(lines.PeekHead()))
        {
            yield return new ReadError(file, 0, Messages.Binary);
            yield break;
        }
        var any = false;
        while (lines.TryRead(out var line))
        {
            if (Parse(line, file, options) is not { } item) continue;
            any = true;
            yield return item;
        }
        if (!any) yield return new ReadError(file, 0, Messages.Empty);
    }

    /// <summary>Null for a blank line.</summary>
    private static ReadItem? Parse(RawLine line, string file, ReaderOptions options)
    {
        if (line.TooLong) return new ReadError(file, line.Number, Messages.TooLong("line", line.Length, options.MaxRecordBytes));
        var bytes = line.Number == 1 ? InputBytes.WithoutBom(line.Bytes.Span) : line.Bytes.Span;
        if (InputBytes.IsBlank(bytes)) return null;
        if (InputBytes.HasNul(bytes)) return new ReadError(file, line.Number, "NUL byte in line (binary data?)");
        var invalid = InputBytes.FirstInvalidUtf8(bytes);
        if (invalid >= 0) return new ReadError(file, line.Number, $"invalid UTF-8 at byte {invalid}");

        var reader = new Utf8JsonReader(bytes);
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject) return new ReadError(file, line.Number, "expected a JSON object");
            var article = JsonArticleParser.ReadObject(ref reader, options, $"{file}:{line.Number}", out var error);
            // Anything after the object other than white space makes the reader throw.
            while (reader.Read()) { }
            return article is null ? new ReadError(file, line.Number, error!) : article;
        }
        catch (JsonException ex)
        {
            return new ReadError(file, line.Number, JsonArticleParser.Describe(ex));
        }
    }
}
