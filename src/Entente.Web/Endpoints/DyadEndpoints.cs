using Entente.Store.Queries;

namespace Entente.Web.Endpoints;

/// <summary><c>GET /api/dyads/{a}/{b}</c>: the report of a pair of states (or a state and an organization).</summary>
internal static class DyadEndpoints
{
    public static RouteGroupBuilder MapDyadEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/dyads/{a}/{b}", Report)
            .WithName("GetDyad")
            .WithTags("dyads")
            .WithSummary("Counts by quad class each way, months, the last leaders' meeting, agreements, shared memberships, intentions and the timeline.")
            .Produces<DyadReport>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    private static IResult Report(StoreAccess access, string a, string b, string? from, string? to, int? limit)
    {
        if (!Problems.TryDate("from", from, out var fromDate, out var problem)) return problem!;
        if (!Problems.TryDate("to", to, out var toDate, out problem)) return problem!;
        if (!Problems.TryLimit(limit, 20, EventEndpoints.MaxLimit, out var max, out problem)) return problem!;
        if (!Codes.IsActorKey(a) || !Codes.IsActorKey(b)) return Problems.BadRequest($"invalid dyad '{a}/{b}' (expected codes such as BLR/LAO)");
        using var store = access.Open();
        return Results.Ok(DyadQuery.Run(store, access.Options.Reference, new DyadQuery.Options(a, b, fromDate, toDate, max)));
    }
}
