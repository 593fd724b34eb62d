using Entente.Store.Queries;

namespace Entente.Web.Endpoints;

/// <summary><c>GET /api/events</c>: merged events matching filters, newest first, as <c>entente events --json</c>.</summary>
internal static class EventEndpoints
{
    public const int MaxLimit = 1000;

    public static RouteGroupBuilder MapEventEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/events", List)
            .WithName("ListEvents")
            .WithTags("events")
            .WithSummary("Merged events matching the filters, newest first, with their mentions.")
            .WithDescription("source/target: a state, organization or actor code (BLR, SCO, BLRGOV); code: a CAMEO code or a prefix ending in * (05*); "
                + "from/to: YYYY, YYYY-MM or YYYY-MM-DD; text: a word of the evidence sentence; limit: 1 to 1000 (default 50).")
            .Produces<IReadOnlyList<EventSummary>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    private static IResult List(StoreAccess access, string? source, string? target, string? code, string? from, string? to, string? text, int? limit)
    {
        if (!Problems.TryDate("from", from, out var fromDate, out var problem)) return problem!;
        if (!Problems.TryDate("to", to, out var toDate, out problem)) return problem!;
        if (!Problems.TryLimit(limit, 50, MaxLimit, out var max, out problem)) return problem!;
        if (!string.IsNullOrWhiteSpace(code))
        {
            var digits = code.Trim().TrimEnd('*');
            if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
                return Problems.BadRequest($"invalid code '{code}' (expected digits such as 057, or a prefix such as 05*)");
        }
        var filter = new EventFilter
        {
            Source = Blank(source),
            Target = Blank(target),
            Code = Blank(code),
            From = fromDate,
            To = toDate,
            Text = Blank(text),
            Limit = max,
        };
        using var store = access.Open();
        return Results.Ok(EventQuery.Run(store, filter, allMentions: true));
    }

    internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
