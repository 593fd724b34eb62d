using Entente.Store.Queries;

namespace Entente.Store.Reports;

/// <summary>The human form of <c>entente org</c>.</summary>
public static class OrgText
{
    public static IReadOnlyList<Block> Blocks(OrgReport r)
    {
        var blocks = new List<Block> { new NoteBlock(r.Name is null ? r.Org : $"{r.Org} ({r.Name})", Tone.Strong) };
        foreach (var status in r.Current.GroupBy(m => m.Status, StringComparer.OrdinalIgnoreCase))
            blocks.Add(ActorText.MembershipTable($"{Plural(status.Key)} ({status.Count()})", status.ToList(), byOrg: false));
        if (r.Current.Count == 0) blocks.Add(new NoteBlock("No current members, partners or observers known.", Tone.Muted));
        if (r.Former.Count > 0) blocks.Add(ActorText.MembershipTable("Former statuses", r.Former, byOrg: false));
        return blocks;
    }

    private static string Plural(string status) => char.ToUpperInvariant(status[0]) + status[1..] + "s";
}
