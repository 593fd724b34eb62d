using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Entente.Output;
using Entente.Records;
using Entente.Sources;

namespace Entente.Web.Endpoints;

/// <summary>
/// <c>POST /api/articles</c>: codes one article and stores it, as <c>entente ingest</c> does, and answers with its
/// events and facts in the record contract of <c>entente code --facts</c>. Requires the API key.
/// </summary>
internal static class ArticleEndpoints
{
    public static RouteGroupBuilder MapArticleEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/articles", Post)
            .AddEndpointFilter<ApiKeyFilter>()
            .WithName("PostArticle")
            .WithTags("articles")
            .WithSummary("Code an article and store it; returns its events and facts (201 stored, 200 already stored).")
            .WithDescription("Body: application/json {id?, title?, text, published: YYYY-MM-DD, outlet?, url?}, or text/plain with ?date=YYYY-MM-DD "
                + "(and optionally ?id=, ?title=, ?outlet=, ?url=). Needs the server's API key in the X-Api-Key header.")
            .Accepts<ArticleInput>("application/json", "text/plain")
            .Produces<ArticleResult>(StatusCodes.Status201Created)
            .Produces<ArticleResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return api;
    }

    private static async Task<IResult> Post(HttpContext http, StoreAccess access, CancellationToken cancellation)
    {
        var limit = access.Options.MaxBodyBytes;
        if (http.Request.ContentLength > limit) return Problems.TooLarge(limit);
        var body = await ReadBody(http.Request.Body, limit, cancellation);
        if (body is null) return Problems.TooLarge(limit);

        var mediaType = http.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        var query = http.Request.Query;
        ArticleInput? input;
        switch (mediaType)
        {
            case "application/json":
                try
                {
                    input = JsonSerializer.Deserialize<ArticleInput>(body, InputJson);
                }
                catch (JsonException ex)
                {
                    return Problems.BadRequest($"the body is not a JSON article: {ex.Message}");
                }
                if (input is null) return Problems.BadRequest("the body is not a JSON article");
                if (input.Published is null && query["date"].ToString() is { Length: > 0 } fallback) input = input with { Published = fallback };
                break;
            case "text/plain":
                string text;
                try
                {
                    text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body);
                }
                catch (DecoderFallbackException)
                {
                    return Problems.BadRequest("the body is not UTF-8 text");
                }
                input = new ArticleInput(Blank(query["id"]), Blank(query["title"]), text, Blank(query["date"]), Blank(query["outlet"]), Blank(query["url"]));
                break;
            default:
                return Problems.UnsupportedMediaType(http.Request.ContentType);
        }

        if (string.IsNullOrWhiteSpace(input.Text)) return Problems.BadRequest("the article has no text");
        if (input.Published is null)
            return Problems.BadRequest(mediaType == "text/plain" ? "a text/plain article needs ?date=YYYY-MM-DD" : "the article needs 'published' (YYYY-MM-DD)");
        if (!TryPublished(input.Published, out var published))
            return Problems.BadRequest($"invalid published date '{input.Published}' (expected YYYY-MM-DD)");
        if (input.Id is { } id && (id.Length > 200 || id.Any(char.IsControl)))
            return Problems.BadRequest("the article id must be at most 200 characters without control characters");

        var article = new Article(
            string.IsNullOrWhiteSpace(input.Id) ? Article.ContentId(input.Text) : input.Id.Trim(),
            Blank(input.Title), input.Text, published, Blank(input.Outlet), Blank(input.Url), Origin: "api");
        var coded = access.Options.Code(article);
        var stored = await access.WriteAsync(coded, cancellation);
        var result = new ArticleResult(article.Id, stored, coded.SentenceCount, coded.WordCount,
            coded.Events.Select(e => Record(w => RecordJson.WriteEvent(w, e))).ToList(),
            coded.Facts.Select(f => Record(w => RecordJson.WriteFact(w, f))).ToList());
        return stored ? Results.Created((string?)null, result) : Results.Ok(result);
    }

    private static readonly JsonSerializerOptions InputJson = new()
    {
        PropertyNameCaseInsensitive = true,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 8,
    };

    /// <summary>The body, or null when it is longer than <paramref name="limit"/> (whatever Content-Length said).</summary>
    private static async Task<byte[]?> ReadBody(Stream body, long limit, CancellationToken cancellation)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellation)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    internal static bool TryPublished(string text, out DateOnly date)
    {
        date = default;
        var trimmed = text.Trim();
        // A full timestamp (2025-07-17T09:30:00Z) dates by its day.
        if (trimmed.Length > 10 && trimmed[10] == 'T') trimmed = trimmed[..10];
        if (!PartialDate.TryParse(trimmed, out var parsed) || parsed.Precision != DatePrecision.Day) return false;
        date = parsed.Start;
        return true;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>One record as <c>entente code</c> writes it, kept as JSON.</summary>
    private static JsonElement Record(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, RecordJson.WriterOptions)) write(writer);
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}

/// <summary>An article to code: JSON as in the JSON Lines input of <c>entente code</c>.</summary>
public sealed record ArticleInput(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("published")] string? Published,
    [property: JsonPropertyName("outlet")] string? Outlet,
    [property: JsonPropertyName("url")] string? Url);

/// <summary>
/// A coded article: its id, whether this request stored it (false: it was stored before), its size, and its
/// events and facts as records of the JSON Lines contract (<c>kind</c>, <c>span</c>, <c>rule</c>, ...).
/// </summary>
public sealed record ArticleResult(string Article, bool Stored, int Sentences, int Words, IReadOnlyList<JsonElement> Events, IReadOnlyList<JsonElement> Facts);
