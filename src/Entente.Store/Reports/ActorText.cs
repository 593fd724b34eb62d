using Entente.Store.Queries;

namespace Entente.Store.Reports;

/// <summary>The human form of <c>entente actor</c>.</summary>
public static class ActorText
{
    public static IReadOnlyList<Block> Blocks(ActorReport r) =>
    [
        new NoteBlock(Format.Side(r.Country, r.Name), Tone.Strong),
        new TableBlock("Offices and holders", ["office", "title", "person", "from", "to", "source", "evidence"],
            r.Offices.Select(o => (IReadOnlyList<Cell>)[o.Office, o.Title, o.Current ? new Cell(o.Person, Tone.Strong) : o.Person, o.From ?? "",
                o.To ?? (o.Current ? "now" : ""), new Cell(o.Entry ?? "articles", Tone.Muted), new Cell(Format.Evidence(o.Evidence), Tone.Muted)]).ToList()),
        MembershipTable("Memberships", r.Memberships, byOrg: true),
        new TableBlock("Most frequent partners", ["partner", "events", "cooperation", "conflict", "mean Goldstein"],
            r.Partners.Select(p => (IReadOnlyList<Cell>)[Format.Side(p.Key, p.Name), Format.Count(p.Events), new Cell(Format.Count(p.Cooperation), Tone.Good),
                new Cell(Format.Count(p.Conflict), p.Conflict > 0 ? Tone.Bad : Tone.Muted), Format.Goldstein(p.GoldsteinMean)]).ToList()),
    ];

    internal static TableBlock MembershipTable(string title, IReadOnlyList<MembershipInfo> memberships, bool byOrg) =>
        new(title, [byOrg ? "organization" : "state", "status", "since", "until", "source", "evidence"],
            memberships.Select(m => (IReadOnlyList<Cell>)[byOrg ? m.Org : Format.Side(m.Country, m.CountryName), m.Current ? new Cell(m.Status, Tone.Strong) : m.Status,
                m.Since ?? "", m.Until ?? "", new Cell(m.Entry ?? "articles", Tone.Muted), new Cell(Format.Evidence(m.Evidence), Tone.Muted)]).ToList());
}
