using System.Text;
using Entente.Store.Queries;

namespace Entente.Web.Pages;

/// <summary>
/// <c>/network</c>: the relations among states in a chosen period (by default the twelve months up to the newest
/// event) as a graph, and the same pairs as a table, each linking to its dyad page for that period.
/// </summary>
internal static class NetworkPage
{
    public static IResult Render(StoreAccess access, string? from, string? to, int? min, int? limit, string? focus)
    {
        if (!Problems.TryDate("from", from, out var fromDate, out _) || !Problems.TryDate("to", to, out var toDate, out _))
            return Html.Error("Invalid dates", "from and to take YYYY, YYYY-MM or YYYY-MM-DD", StatusCodes.Status400BadRequest);
        focus = string.IsNullOrWhiteSpace(focus) ? null : focus.Trim();
        if (focus is not null && !Codes.IsActorKey(focus))
            return Html.Error("Invalid state", $"'{focus}' is not a state code such as BLR", StatusCodes.Status400BadRequest);
        var options = new NetworkQuery.Options(fromDate, toDate, Math.Max(1, min ?? 1), Math.Clamp(limit ?? NetworkQuery.DefaultMaxEdges, 1, NetworkQuery.MaxEdgesLimit), focus);
        NetworkReport report;
        using (var store = access.Open())
            report = NetworkQuery.Run(store, access.Options.Reference, options);

        var body = new StringBuilder();
        body.Append("<form method=\"get\" class=\"search\">From <input name=\"from\" size=\"10\" placeholder=\"YYYY-MM\" value=\"").Append(Html.E(from ?? report.From))
            .Append("\"> to <input name=\"to\" size=\"10\" placeholder=\"YYYY-MM\" value=\"").Append(Html.E(to ?? report.To))
            .Append("\"> at least <input name=\"min\" size=\"3\" value=\"").Append(Html.N(options.MinEvents))
            .Append("\"> events, the busiest <input name=\"limit\" size=\"3\" value=\"").Append(Html.N(options.MaxEdges))
            .Append("\"> pairs around <input name=\"focus\" size=\"5\" placeholder=\"any\" value=\"").Append(Html.E(focus))
            .Append("\"> <button type=\"submit\">Show</button></form>");
        body.Append("<p>").Append(Html.N(report.Edges.Count)).Append(" pairs of states (of ").Append(Html.N(report.PairsInPeriod))
            .Append(" with events in the period), ").Append(Html.N(report.Nodes.Count)).Append(" states, ").Append(Html.N(report.Events))
            .Append(" events").Append(report.From is not null || report.To is not null ? $", {Html.E(Or(report.From))} to {Html.E(Or(report.To))}" : "").Append(".</p>");
        body.Append(NetworkGraph.Svg(report));

        body.Append("<h2>Pairs</h2>").Append(Html.Table("pairs", ["pair", "events", "A → B", "B → A", "cooperation", "conflict", "mean Goldstein"],
            report.Edges.Select(e =>
            {
                var (pair, goldstein) = NetworkGraph.Cells(e, report);
                return (IReadOnlyList<string>)[pair, Html.N(e.Events), Html.N(e.AToB), Html.N(e.BToA), Html.N(e.Cooperation), Html.N(e.Conflict), goldstein];
            }), "no events between states in this period"));
        var title = report.Focus is { } f ? $"Network around {access.Options.Reference.CountryName(f) ?? f}" : "Network of relations";
        return Html.Page(title, body.ToString());
    }

    private static string Or(string? day) => day ?? "…";
}
