using Entente.Records;

namespace Entente.Web;

/// <summary>RFC 7807 problem details for the API's refusals, each with a title and a one-line detail.</summary>
internal static class Problems
{
    public static IResult BadRequest(string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid request");

    public static IResult NotFound(string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult TooLarge(long limit) =>
        Results.Problem(detail: $"the request body is larger than {limit} bytes", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large");

    public static IResult UnsupportedMediaType(string? contentType) =>
        Results.Problem(detail: $"unsupported content type '{contentType}': send application/json or text/plain",
            statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");

    /// <summary>Parses an optional date parameter (YYYY, YYYY-MM or YYYY-MM-DD); an unparsable one is a problem.</summary>
    public static bool TryDate(string name, string? text, out PartialDate? date, out IResult? problem)
    {
        date = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (PartialDate.TryParse(text.Trim(), out var parsed))
        {
            date = parsed;
            return true;
        }
        problem = BadRequest($"invalid {name} '{text}' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
        return false;
    }

    /// <summary>Checks an optional limit against its bounds; null takes the default.</summary>
    public static bool TryLimit(int? limit, int fallback, int max, out int value, out IResult? problem)
    {
        value = limit ?? fallback;
        problem = null;
        if (value is >= 1 && value <= max) return true;
        problem = BadRequest($"invalid limit {value} (expected 1 to {max})");
        return false;
    }
}
