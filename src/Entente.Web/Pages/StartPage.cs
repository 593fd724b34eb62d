using System.Text;
using Entente.Store;
using Entente.Store.Queries;
using Entente.Web.Endpoints;

namespace Entente.Web.Pages;

/// <summary>
/// <c>/</c> and <c>/search?q=</c>: the search box, and the states, organizations and people that match (the search
/// of <c>/api/search</c>); without a query, what the knowledge base holds and its busiest pairs of states.
/// </summary>
internal static class StartPage
{
    public const int MaxHits = 50;

    public static IResult Render(StoreAccess access, string? q)
    {
        var query = q?.Trim() ?? "";
        var body = new StringBuilder();
        body.Append("<form class=\"search\" method=\"get\" action=\"/search\">")
            .Append("<input type=\"search\" name=\"q\" placeholder=\"a state, organization or person\" autofocus value=\"").Append(Html.E(query)).Append("\">")
            .Append(" <button type=\"submit\">Search</button></form>")
            .Append("<form class=\"search\" method=\"get\" action=\"/dyad\"><p>Dyad: ")
            .Append("<input name=\"a\" size=\"6\" placeholder=\"BLR\" aria-label=\"first side\"> ")
            .Append("<input name=\"b\" size=\"6\" placeholder=\"LAO\" aria-label=\"second side\"> ")
            .Append("<button type=\"submit\">Open</button></p></form>");

        if (query.Length > 0)
        {
            var folded = SearchEndpoints.Fold(query);
            if (folded.Length < 2)
            {
                body.Append("<p class=\"error\">Type at least 2 characters.</p>");
            }
            else
            {
                var hits = SearchEndpoints.Find(access.Options.Reference, folded).Take(MaxHits).ToList();
                body.Append("<h2>Matches for “").Append(Html.E(query)).Append("”</h2>");
                body.Append(Html.Table("hits", ["kind", "code", "name", "matched", "state", "title"], hits.Select(h => (IReadOnlyList<string>)
                [
                    Html.E(h.Kind), Link(h), Html.E(h.Name), Html.E(h.Matched),
                    h.Country is { } c ? Html.ActorLink(c) : "", Html.E(h.Title),
                ]), "nothing matches"));
            }
        }
        else
        {
            body.Append(Overview(access));
            body.Append("<p class=\"muted\">Search the dictionaries for a state (its pages: offices, memberships, partners), an organization (members, partners, observers) ")
                .Append("or a person; open a dyad by its two codes; see the <a href=\"/network\">network of relations</a> in a period; or <a href=\"/ingest\">code an article</a> to see what Entente reads in it.</p>");
        }
        return Html.Page(query.Length > 0 ? "Search" : "Entente", body.ToString());
    }

    /// <summary>What the knowledge base holds, and its busiest pairs of states in the twelve months up to its newest article.</summary>
    private static string Overview(StoreAccess access)
    {
        StoreCounts counts;
        NetworkReport busiest;
        using (var store = access.Open())
        {
            counts = store.Counts();
            busiest = NetworkQuery.Run(store, access.Options.Reference, new NetworkQuery.Options(null, null, MaxEdges: 8));
        }
        var html = new StringBuilder();
        html.Append($"<p>The knowledge base holds {Html.Count(counts.Articles)} articles, {Html.Count(counts.Events)} events ({Html.Count(counts.Mentions)} mentions) and {Html.Count(counts.Facts)} facts.</p>");
        if (busiest.Edges.Count == 0) return html.ToString();
        html.Append($"<h2>Busiest pairs, {Html.E(busiest.From)} to {Html.E(busiest.To)}</h2>")
            .Append(Html.Table("busiest", ["pair", "events", "cooperation", "conflict", "mean Goldstein"], busiest.Edges.Select(e =>
            {
                var (pair, goldstein) = NetworkGraph.Cells(e, busiest);
                return (IReadOnlyList<string>)[pair, Html.N(e.Events), Html.N(e.Cooperation), Html.N(e.Conflict), goldstein];
            })))
            .Append("<p class=\"muted\"><a href=\"/network\">The whole network</a> of the period.</p>");
        return html.ToString();
    }

    /// <summary><c>/dyad?a=&amp;b=</c>, the dyad form: redirects to <c>/dyad/{a}/{b}</c>.</summary>
    public static IResult DyadForm(string? a, string? b)
    {
        a = a?.Trim().ToUpperInvariant();
        b = b?.Trim().ToUpperInvariant();
        if (!Codes.IsActorKey(a) || !Codes.IsActorKey(b))
            return Html.Error("Invalid dyad", "give two codes such as BLR and LAO", StatusCodes.Status400BadRequest);
        return Results.Redirect($"/dyad/{Html.U(a!)}/{Html.U(b!)}");
    }

    private static string Link(SearchHit hit) => hit.Kind switch
    {
        "state" => Html.ActorLink(hit.Code),
        "organization" => Html.ActorLink(hit.Code, org: true),
        _ => hit.Country is { } c ? $"<a href=\"/actor/{Html.U(c)}\">{Html.E(hit.Code)}</a>" : Html.E(hit.Code),
    };
}
