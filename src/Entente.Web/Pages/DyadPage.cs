using System.Text;
using Entente.Store.Queries;

namespace Entente.Web.Pages;

/// <summary>
/// <c>/dyad/{a}/{b}</c>: the monthly chart, counts by quad class, agreements, shared memberships, the last
/// leaders' meeting, open intentions, and the events, each expanding to its sentence with the actors and the
/// evidence marked.
/// </summary>
internal static class DyadPage
{
    public static IResult Render(StoreAccess access, string a, string b, string? from, string? to, int? limit)
    {
        if (!Codes.IsActorKey(a) || !Codes.IsActorKey(b))
            return Html.Error("Invalid dyad", $"'{a}/{b}' is not a pair of codes such as BLR/LAO", StatusCodes.Status400BadRequest);
        if (!Problems.TryDate("from", from, out var fromDate, out _) || !Problems.TryDate("to", to, out var toDate, out _))
            return Html.Error("Invalid dates", "from and to take YYYY, YYYY-MM or YYYY-MM-DD", StatusCodes.Status400BadRequest);
        var max = Math.Clamp(limit ?? 50, 1, 500);
        DyadReport report;
        using (var store = access.Open())
            report = DyadQuery.Run(store, access.Options.Reference, new DyadQuery.Options(a, b, fromDate, toDate, max));

        var names = Highlighter.NamesFrom(access.Options.Reference);
        var body = new StringBuilder();
        body.Append("<p>").Append(Side(report.A, report.AName)).Append(" and ").Append(Side(report.B, report.BName))
            .Append($": {Html.N(report.Events)} events, {Html.N(report.Mentions)} mentions, mean Goldstein {Html.N(report.GoldsteinMean)}")
            .Append(report.From is null && report.To is null ? "" : $" ({Html.E(report.From ?? "…")} to {Html.E(report.To ?? "…")})").Append(".</p>")
            .Append("<form method=\"get\" class=\"search\">From <input name=\"from\" size=\"10\" placeholder=\"YYYY-MM\" value=\"").Append(Html.E(from))
            .Append("\"> to <input name=\"to\" size=\"10\" placeholder=\"YYYY-MM\" value=\"").Append(Html.E(to)).Append("\"> <button type=\"submit\">Filter</button></form>");

        body.Append("<h2>Months</h2>").Append(MonthlyChart.Svg(report.Months));

        body.Append("<h2>By quad class</h2>").Append(Html.Table("quads", ["quad class", $"{report.A} → {report.B}", $"{report.B} → {report.A}", "total", "mean Goldstein"],
            report.QuadClasses.Select(q => (IReadOnlyList<string>)[$"{Html.N(q.QuadClass)} {Html.E(q.Name)}", Html.N(q.AToB), Html.N(q.BToA), Html.N(q.Total), Html.N(q.GoldsteinMean)])));

        body.Append("<h2>Last leaders' meeting</h2>");
        body.Append(report.LastLeaderMeeting is { } meeting ? EventTable([meeting], "leaders", names) : "<p class=\"empty\">none recorded</p>");

        body.Append("<h2>Agreements</h2>").Append(Html.Table("agreements", ["signed", "parties", "subject", "evidence"],
            report.Agreements.Select(g => (IReadOnlyList<string>)[Html.E(g.Signed), string.Join(", ", g.Parties.Select(p => Html.ActorLink(p))), Html.E(g.Subject), Evidence(g.Evidence)])));
        if (report.AgreementEvents.Count > 0) body.Append("<p class=\"muted\">Signing events (CAMEO 057):</p>").Append(EventTable(report.AgreementEvents, "signed", names));

        body.Append("<h2>Shared memberships</h2>").Append(Html.Table("shared", ["organization", $"{report.A} status", "since", $"{report.B} status", "since"],
            report.SharedMemberships.Select(s => (IReadOnlyList<string>)[Html.ActorLink(s.Org, org: true), Html.E(s.A.Status), Html.E(s.A.Since), Html.E(s.B.Status), Html.E(s.B.Since)])));

        if (report.Intentions.Count > 0)
        {
            body.Append("<h2>Announced visits, meetings and invitations</h2>").Append(Html.Table("intentions", ["date", "event", "open", "followed on"],
                report.Intentions.Select(i => (IReadOnlyList<string>)[Html.E(i.Event.Date), $"{Html.E(i.Event.Source)} {Html.E(i.Event.Code)} {Html.E(i.Event.Target)}",
                    i.Open ? "open" : "followed", Html.E(i.FollowedOn)])));
        }

        body.Append("<h2>Events</h2>").Append(EventTable(report.Timeline, "events", names));
        if (report.Timeline.Count >= max) body.Append($"<p class=\"muted\">The newest {Html.N(max)}; <a href=\"?limit={Html.N(Math.Min(500, max * 4))}\">show more</a>.</p>");
        return Html.Page($"{report.AName ?? report.A} – {report.BName ?? report.B}", body.ToString());
    }

    private static string Side(string code, string? name) => Html.ActorLink(code, name is null ? code : $"{name} ({code})");

    /// <summary>Events, one row each; the last cell opens to the sentence with source, verb and target marked.</summary>
    internal static string EventTable(IEnumerable<EventSummary> events, string css, Func<string, IEnumerable<string>> names) =>
        Html.Table(css, ["date", "source", "target", "code", "quad", "Goldstein", "modality", "mentions", "sentence"], events.Select(e => (IReadOnlyList<string>)
        [
            Html.E(e.Date), Html.E(e.Source), Html.E(e.Target), Html.E(e.Code), Html.N(e.QuadClass), Html.N(e.Goldstein), Html.E(e.Modality),
            Html.N(e.NumMentions), Mention(e.Evidence, names),
        ]), "no events");

    private static string Mention(MentionInfo? m, Func<string, IEnumerable<string>> names)
    {
        if (m is null) return "";
        var marked = Highlighter.Sentence(m.Text, m.Span.Count > 0 ? m.Span[0] : 0, m.Span.Count > 1 ? m.Span[1] : 0, m.SourceText, m.TargetText,
            sentenceStart: m.SentenceStart, names: names);
        return $"<details class=\"evidence\"><summary>{Html.E(Preview(m.Text))}</summary><div class=\"sentence\">{marked}</div>"
            + $"<p class=\"muted\">{Html.E(m.Article)}{(m.Outlet is null ? "" : ", " + Html.E(m.Outlet))}, {Html.E(m.Published)}, sentence {Html.N(m.Sentence)}, rule {Html.E(m.Rule)}, confidence {Html.N(m.Confidence)}</p></details>";
    }

    private static string Evidence(FactEvidence? f) => f is null ? "<span class=\"muted\">dictionary</span>"
        : $"<details class=\"evidence\"><summary>{Html.E(Preview(f.Text))}</summary><div class=\"sentence\">{Html.E(f.Text)}</div><p class=\"muted\">{Html.E(f.Article)}, {Html.E(f.Published)}</p></details>";

    private static string Preview(string? text) => text is null ? "sentence" : text.Length <= 60 ? text : text[..57] + "…";
}
