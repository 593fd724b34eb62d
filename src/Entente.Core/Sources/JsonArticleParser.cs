using System.Text.Json;

namespace Entente.Sources;

/// <summary>
/// Turns one JSON article object (<c>{"id","title","text","published","outlet","url"}</c>, other keys ignored)
/// into an <see cref="Article"/> with a forward-only reader: no DOM, no reflection.
/// </summary>
internal static class JsonArticleParser
{
    private enum Field { Other, Id, Title, Text, Published, Outlet, Url }

    /// <summary>
    /// Reads the object whose <c>{</c> the reader is on, leaving the reader on its <c>}</c>. Returns null with
    /// <paramref name="error"/> set when the object is not a usable article. Malformed JSON throws
    /// <see cref="JsonException"/>.
    /// </summary>
    public static Article? ReadObject(ref Utf8JsonReader reader, ReaderOptions options, string origin, out string? error)
    {
        string? id = null, title = null, text = null, published = null, outlet = null, url = null;
        error = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = FieldOf(ref reader);
            reader.Read();
            if (field == Field.Other)
            {
                reader.Skip();
                continue;
            }
            if (!TryReadString(ref reader, field, out var value))
            {
                error ??= $"'{Name(field)}' must be a string";
                reader.Skip();
                continue;
            }
            switch (field)
            {
                case Field.Id: id = value; break;
                case Field.Title: title = value; break;
                case Field.Text: text = value; break;
                case Field.Published: published = value; break;
                case Field.Outlet: outlet = value; break;
                case Field.Url: url = value; break;
            }
        }
        if (error is not null) return null;
        if (text is null)
        {
            error = "missing 'text' field";
            return null;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "empty 'text'";
            return null;
        }
        if (!TryDate(published, options, out var date, out error)) return null;
        var articleId = string.IsNullOrWhiteSpace(id) ? Article.ContentId(text) : id.Trim();
        return new Article(articleId, Blank(title), text, date, Blank(outlet), Blank(url), origin);
    }

    /// <summary>The reader's message without its position suffix, plus the byte offset.</summary>
    public static string Describe(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        return ex.BytePositionInLine is { } position ? $"malformed JSON at byte {position}: {message}" : $"malformed JSON: {message}";
    }

    private static bool TryDate(string? published, ReaderOptions options, out DateOnly date, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(published))
        {
            if (options.Date is { Precision: Records.DatePrecision.Day } fallback)
            {
                date = fallback.Start;
                return true;
            }
            date = default;
            error = PublicationDate.Missing;
            return false;
        }
        if (PublicationDate.TryParseJson(published, out date)) return true;
        error = $"invalid 'published' date '{Shorten(published)}' (expected YYYY-MM-DD or an ISO date-time)";
        return false;
    }

    private static Field FieldOf(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("text"u8) ? Field.Text
        : reader.ValueTextEquals("id"u8) ? Field.Id
        : reader.ValueTextEquals("published"u8) ? Field.Published
        : reader.ValueTextEquals("title"u8) ? Field.Title
        : reader.ValueTextEquals("outlet"u8) ? Field.Outlet
        : reader.ValueTextEquals("url"u8) ? Field.Url
        : Field.Other;

    private static bool TryReadString(ref Utf8JsonReader reader, Field field, out string? value)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                value = reader.GetString();
                return true;
            case JsonTokenType.Null:
                value = null;
                return true;
            case JsonTokenType.Number when field == Field.Id:
                // Numeric ids are common in exports; keep them as written.
                value = System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
                return true;
            default:
                value = null;
                return false;
        }
    }

    private static string Name(Field field) => field.ToString().ToLowerInvariant();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
