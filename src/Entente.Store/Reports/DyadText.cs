using Entente.Store.Queries;

namespace Entente.Store.Reports;

/// <summary>The human form of <c>entente dyad</c>.</summary>
public static class DyadText
{
    public static IReadOnlyList<Block> Blocks(DyadReport r)
    {
        var span = r.From is null && r.To is null ? "all dates" : $"{r.From ?? "…"} to {r.To ?? "…"}";
        var blocks = new List<Block>
        {
            new NoteBlock($"{Format.Side(r.A, r.AName)} – {Format.Side(r.B, r.BName)}, {span}: {Format.Count(r.Events)} events, "
                + $"{Format.Count(r.Mentions)} mentions, mean Goldstein {Format.Goldstein(r.GoldsteinMean).Text}", Tone.Strong),
            new TableBlock("By quad class", ["quad class", $"{r.A} → {r.B}", $"{r.B} → {r.A}", "total", "mean Goldstein"],
                r.QuadClasses.Select(q => (IReadOnlyList<Cell>)[Format.Quad(q.QuadClass) with { Text = $"{q.QuadClass} {q.Name}" },
                    Format.Count(q.AToB), Format.Count(q.BToA), Format.Count(q.Total), Format.Goldstein(q.GoldsteinMean)]).ToList()),
            new TableBlock("By month", ["month", "cooperation", "conflict", "mean Goldstein"],
                r.Months.Select(m => (IReadOnlyList<Cell>)[m.Month, new Cell(Format.Count(m.Cooperation), Tone.Good),
                    new Cell(Format.Count(m.Conflict), m.Conflict > 0 ? Tone.Bad : Tone.Muted), Format.Goldstein(m.GoldsteinMean)]).ToList()),
        };
        blocks.Add(r.LastLeaderMeeting is { } meeting
            ? new TableBlock("Last meeting between leaders", Format.EventColumns, [Format.EventRow(meeting)])
            : new NoteBlock("Last meeting between leaders: none recorded", Tone.Muted));
        blocks.Add(new TableBlock("Agreements signed (057 events)", Format.EventColumns, r.AgreementEvents.Select(Format.EventRow).ToList()));
        blocks.Add(new TableBlock("Agreements (facts)", ["signed", "parties", "subject", "evidence"],
            r.Agreements.Select(a => (IReadOnlyList<Cell>)[a.Signed ?? "", string.Join(", ", a.Parties), a.Subject ?? "", new Cell(Format.Evidence(a.Evidence), Tone.Muted)]).ToList()));
        blocks.Add(new TableBlock("Shared memberships", ["organization", $"{r.A} status", "since", $"{r.B} status", "since", "source"],
            r.SharedMemberships.Select(s => (IReadOnlyList<Cell>)[s.Org, s.A.Status, s.A.Since ?? "", s.B.Status, s.B.Since ?? "",
                new Cell(Sources(s.A, s.B), Tone.Muted)]).ToList()));
        blocks.Add(new TableBlock("Invitations and announced visits", ["date", "source", "target", "code", "status", "sentence"],
            r.Intentions.Select(i => (IReadOnlyList<Cell>)[i.Event.Date, i.Event.Source, i.Event.Target, i.Event.Code,
                i.Open ? new Cell("open", Tone.Strong) : new Cell($"met {i.FollowedOn}", Tone.Muted), new Cell(Format.Clip(i.Event.Evidence?.Text), Tone.Muted)]).ToList()));
        blocks.Add(new TableBlock("Timeline (newest first)", Format.EventColumns, r.Timeline.Select(Format.EventRow).ToList()));
        return blocks;
    }

    private static string Sources(MembershipInfo a, MembershipInfo b) =>
        string.Join("; ", new[] { a, b }.Select(m => m.Entry ?? (m.Evidence is { } e ? $"{e.Articles} article(s)" : "")).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal));
}
