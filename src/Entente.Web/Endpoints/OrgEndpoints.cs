using Entente.Store.Queries;

namespace Entente.Web.Endpoints;

/// <summary><c>GET /api/orgs/{code}</c>: an organization's members, partners, observers and candidates.</summary>
internal static class OrgEndpoints
{
    public static RouteGroupBuilder MapOrgEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/orgs/{code}", Report)
            .WithName("GetOrganization")
            .WithTags("organizations")
            .WithSummary("Members, partners, observers, dialogue partners and candidates, current and former, with dates and evidence.")
            .Produces<OrgReport>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static IResult Report(StoreAccess access, string code)
    {
        if (!Codes.IsActorKey(code)) return Problems.BadRequest($"invalid organization '{code}' (expected an acronym such as SCO)");
        using var store = access.Open();
        var report = OrgQuery.Run(store, access.Options.Reference, code);
        if (report.Name is null && report.Current.Count == 0 && report.Former.Count == 0)
            return Problems.NotFound($"no organization '{report.Org}' in the dictionaries or the knowledge base");
        return Results.Ok(report);
    }
}
