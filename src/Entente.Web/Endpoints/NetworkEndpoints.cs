using Entente.Store.Queries;

namespace Entente.Web.Endpoints;

/// <summary><c>GET /api/network</c>: the pairs of states with events in a period, as nodes and weighted edges.</summary>
internal static class NetworkEndpoints
{
    public static RouteGroupBuilder MapNetworkEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/network", Report)
            .WithName("GetNetwork")
            .WithTags("network")
            .WithSummary("States as nodes and pairs as edges for a period (default: the twelve months up to the newest article), the busiest pairs first; with focus, one state's pairs and the pairs among its partners.")
            .Produces<NetworkReport>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    private static IResult Report(StoreAccess access, string? from, string? to, int? min, int? limit, string? focus)
    {
        if (!Problems.TryDate("from", from, out var fromDate, out var problem)) return problem!;
        if (!Problems.TryDate("to", to, out var toDate, out problem)) return problem!;
        if (!Problems.TryLimit(limit, NetworkQuery.DefaultMaxEdges, NetworkQuery.MaxEdgesLimit, out var max, out problem)) return problem!;
        if (min is < 1) return Problems.BadRequest($"invalid min {min} (expected at least 1)");
        if (focus is not null && !Codes.IsActorKey(focus)) return Problems.BadRequest($"invalid focus '{focus}' (expected a state code such as BLR)");
        using var store = access.Open();
        return Results.Ok(NetworkQuery.Run(store, access.Options.Reference, new NetworkQuery.Options(fromDate, toDate, min ?? 1, max, focus)));
    }
}
