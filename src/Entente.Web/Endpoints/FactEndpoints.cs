using Entente.Store.Queries;

namespace Entente.Web.Endpoints;

/// <summary><c>GET /api/facts</c>: stored offices, memberships and agreements, filtered, newest first.</summary>
internal static class FactEndpoints
{
    public static RouteGroupBuilder MapFactEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/facts", List)
            .WithName("ListFacts")
            .WithTags("facts")
            .WithSummary("Offices, memberships and agreements with the time they hold and their evidence; filter by kind, state (country or party), organization, person and period.")
            .Produces<List<FactSummary>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    private static IResult List(StoreAccess access, string? kind, string? country, string? org, string? person, string? from, string? to, int? limit)
    {
        if (kind is not null && !FactQuery.Kinds.Contains(kind.ToLowerInvariant()))
            return Problems.BadRequest($"invalid kind '{kind}' (expected {string.Join(", ", FactQuery.Kinds)})");
        if (country is not null && !Codes.IsActorKey(country)) return Problems.BadRequest($"invalid country '{country}' (expected a code such as BLR)");
        if (org is not null && !Codes.IsActorKey(org)) return Problems.BadRequest($"invalid org '{org}' (expected a code such as SCO)");
        if (!Problems.TryDate("from", from, out var fromDate, out var problem)) return problem!;
        if (!Problems.TryDate("to", to, out var toDate, out problem)) return problem!;
        if (!Problems.TryLimit(limit, 50, EventEndpoints.MaxLimit, out var max, out problem)) return problem!;
        using var store = access.Open();
        return Results.Ok(FactQuery.Run(store, new FactQuery.Filter
        {
            Kind = kind, Country = country, Org = org, Person = person, From = fromDate, To = toDate, Limit = max,
        }));
    }
}
