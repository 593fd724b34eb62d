using System.Text.Json;

namespace Entente.Sources;

/// <summary>
/// A <c>.json</c> file holding one article object (such as an evaluation gold file) or an array of them.
/// </summary>
internal static class JsonFileReader
{
    public static IReadOnlyList<ReadItem> Read(Stream stream, string file, ReaderOptions options)
    {
        var bytes = InputBytes.ReadAllBounded(stream, options.MaxRecordBytes);
        if (bytes is null) return [new ReadError(file, 0, Messages.FileTooLarge(options.MaxRecordBytes))];
        if (InputBytes.HasNul(bytes)) return [new ReadError(file, 0, Messages.Binary)];
        var invalid = InputBytes.FirstInvalidUtf8(bytes);
        if (invalid >= 0) return [new ReadError(file, InputBytes.LineOf(bytes, invalid), "invalid UTF-8")];
        var json = InputBytes.WithoutBom(bytes);
        if (InputBytes.IsBlank(json)) return [new ReadError(file, 0, Messages.Empty)];
        return Parse(json, file, options);
    }

    private static List<ReadItem> Parse(ReadOnlySpan<byte> json, string file, ReaderOptions options)
    {
        var items = new List<ReadItem>();
        var reader = new Utf8JsonReader(json);
        try
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                items.Add(ReadOne(ref reader, json, file, options));
            }
            else if (reader.TokenType == JsonTokenType.StartArray)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        items.Add(ReadOne(ref reader, json, file, options));
                        continue;
                    }
                    items.Add(new ReadError(file, InputBytes.LineOf(json, (int)reader.TokenStartIndex), "expected a JSON object"));
                    reader.Skip();
                }
            }
            else
            {
                items.Add(new ReadError(file, 1, "expected a JSON object or an array of objects"));
                return items;
            }
            while (reader.Read()) { }
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } n ? (int)n + 1 : 0;
            items.Add(new ReadError(file, line, JsonArticleParser.Describe(ex)));
        }
        return items;
    }

    private static ReadItem ReadOne(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string file, ReaderOptions options)
    {
        var line = InputBytes.LineOf(json, (int)reader.TokenStartIndex);
        var article = JsonArticleParser.ReadObject(ref reader, options, $"{file}:{line}", out var error);
        return article is null ? new ReadError(file, line, error!) : article;
    }
}
