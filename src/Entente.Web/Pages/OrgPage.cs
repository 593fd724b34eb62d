using System.Text;
using Entente.Store.Queries;

namespace Entente.Web.Pages;

/// <summary><c>/org/{code}</c>: an organization's members, partners, observers and candidates, current and former (the report of <c>/api/orgs</c>).</summary>
internal static class OrgPage
{
    public static IResult Render(StoreAccess access, string code)
    {
        if (!Codes.IsActorKey(code))
            return Html.Error("Invalid code", $"'{code}' is not an organization acronym such as SCO", StatusCodes.Status400BadRequest);
        OrgReport report;
        using (var store = access.Open())
            report = OrgQuery.Run(store, access.Options.Reference, code);
        if (report.Name is null && report.Current.Count == 0 && report.Former.Count == 0)
            return Html.Error("Not found", $"no organization '{report.Org}' in the dictionaries or the knowledge base", StatusCodes.Status404NotFound);

        var body = new StringBuilder();
        if (report.Code is not null) body.Append("<p class=\"muted\">CAMEO code ").Append(Html.E(report.Code)).Append("</p>");
        body.Append("<h2>Current</h2>").Append(MembershipTable(report.Current, org: false));
        body.Append("<h2>Former</h2>").Append(MembershipTable(report.Former, org: false));
        return Html.Page(report.Name is null ? report.Org : $"{report.Name} ({report.Org})", body.ToString());
    }

    /// <summary>Memberships as a table: by organization (<paramref name="org"/>, an actor's page) or by state (an organization's page).</summary>
    internal static string MembershipTable(IEnumerable<MembershipInfo> memberships, bool org) =>
        Html.Table("memberships", [org ? "organization" : "state", "status", "since", "until", "current", "source"], memberships.Select(m => (IReadOnlyList<string>)
        [
            org ? Html.ActorLink(m.Org, org: true) : Html.ActorLink(m.Country, m.CountryName is null ? m.Country : $"{m.CountryName} ({m.Country})"),
            Html.E(m.Status), Html.E(m.Since), Html.E(m.Until), m.Current ? "yes" : "",
            m.Evidence is { } f ? $"<span title=\"{Html.E(f.Text)}\">{Html.E(f.Article)}</span>" : Html.E(m.Entry),
        ]));
}
