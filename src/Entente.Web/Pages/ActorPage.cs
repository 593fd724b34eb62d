using System.Text;
using Entente.Store.Queries;

namespace Entente.Web.Pages;

/// <summary><c>/actor/{code}</c>: a state's offices and holders, memberships, and most frequent partners (the report of <c>/api/actors</c>).</summary>
internal static class ActorPage
{
    public static IResult Render(StoreAccess access, string code)
    {
        if (!Codes.IsActorKey(code))
            return Html.Error("Invalid code", $"'{code}' is not a state code such as BLR", StatusCodes.Status400BadRequest);
        ActorReport report;
        using (var store = access.Open())
            report = ActorQuery.Run(store, access.Options.Reference, new ActorQuery.Options(code, null, null, 20));
        if (report.Name is null && report.Offices.Count == 0 && report.Memberships.Count == 0 && report.Partners.Count == 0)
            return Html.Error("Not found", $"no state '{report.Country}' in the dictionaries or the knowledge base", StatusCodes.Status404NotFound);

        var c = report.Country;
        var body = new StringBuilder();
        body.Append("<h2>Offices</h2>").Append(Html.Table("offices", ["office", "title", "person", "from", "to", "current", "source"],
            report.Offices.Select(o => (IReadOnlyList<string>)[Html.E(o.Office), Html.E(o.Title), Html.E(o.Person), Html.E(o.From), Html.E(o.To),
                o.Current ? "yes" : "", Html.E(o.Entry ?? o.Evidence?.Article)])));
        body.Append("<h2>Memberships</h2>").Append(OrgPage.MembershipTable(report.Memberships, org: true));
        body.Append("<h2>Partners</h2>").Append(Html.Table("partners", ["partner", "events", "cooperation", "conflict", "mean Goldstein", "dyad"],
            report.Partners.Select(p => (IReadOnlyList<string>)[Html.ActorLink(p.Key, p.Name is null ? p.Key : $"{p.Name} ({p.Key})"), Html.N(p.Events),
                Html.N(p.Cooperation), Html.N(p.Conflict), Html.N(p.GoldsteinMean), $"<a href=\"/dyad/{Html.U(c)}/{Html.U(p.Key)}\">{Html.E(c)}–{Html.E(p.Key)}</a>"]),
            "no events with other actors"));
        if (report.Partners.Count > 0) body.Append($"<p><a href=\"/network?focus={Html.U(c)}\">The network around {Html.E(report.Name ?? c)}</a> in the last year.</p>");
        return Html.Page(report.Name is null ? c : $"{report.Name} ({c})", body.ToString());
    }
}
