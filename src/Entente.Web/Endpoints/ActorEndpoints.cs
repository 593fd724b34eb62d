using Entente.Store.Queries;

namespace Entente.Web.Endpoints;

/// <summary><c>GET /api/actors/{code}</c>: a state's offices and holders, memberships and most frequent partners.</summary>
internal static class ActorEndpoints
{
    public static RouteGroupBuilder MapActorEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/actors/{code}", Report)
            .WithName("GetActor")
            .WithTags("actors")
            .WithSummary("Offices and their holders (dictionary and articles), memberships, and the most frequent partners.")
            .Produces<ActorReport>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static IResult Report(StoreAccess access, string code, string? from, string? to, int? limit)
    {
        if (!Problems.TryDate("from", from, out var fromDate, out var problem)) return problem!;
        if (!Problems.TryDate("to", to, out var toDate, out problem)) return problem!;
        if (!Problems.TryLimit(limit, 10, EventEndpoints.MaxLimit, out var max, out problem)) return problem!;
        if (!Codes.IsActorKey(code)) return Problems.BadRequest($"invalid state code '{code}' (expected ISO alpha-3 such as BLR)");
        using var store = access.Open();
        var report = ActorQuery.Run(store, access.Options.Reference, new ActorQuery.Options(code, fromDate, toDate, max));
        if (report.Name is null && report.Offices.Count == 0 && report.Memberships.Count == 0 && report.Partners.Count == 0)
            return Problems.NotFound($"no state '{report.Country}' in the dictionaries or the knowledge base");
        return Results.Ok(report);
    }
}
