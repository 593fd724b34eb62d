namespace Entente.Compatibility.Tabari;

/// <summary>
/// Codes a phrase as TABARI does: the first actor of each member, dated by the record date, followed by the member's
/// agents (<c>~X</c> appended unless already there; <c>X~</c> put in front), or <c>---</c> and the agents when the member
/// names no actor. A member with agents but no actor takes the actor of the member before it (<c>Danish media and
/// government</c>); role nouns shared by members (<c>Lawmakers and officials in Fornost and Gondor</c>) are
/// combined with each of them.
/// </summary>
internal static class TabariActorResolver
{
    public static List<TabariActor> Resolve(TabariPhrase phrase, DateOnly date, Func<int, int, string> textOf) =>
        Resolve(phrase.Members, phrase.Heads, date, textOf);

    /// <summary>The actors a pattern slot names: the phrase from <paramref name="mention"/> on (<c>Gondor</c> in "the parliament of Gondor").</summary>
    public static List<TabariActor> ResolveFrom(TabariPhrase phrase, TabariMention mention, DateOnly date, Func<int, int, string> textOf)
    {
        var members = new List<TabariMember>();
        foreach (var member in phrase.Members.Concat(phrase.Heads).OrderBy(m => m.Start))
        {
            if (member.End <= mention.Start) continue;
            members.Add(member.Start >= mention.Start ? member
                : new TabariMember(mention.Start, member.End, member.Mentions.Where(m => m.Start >= mention.Start).ToList()));
        }
        return Resolve(members, [], date, textOf);
    }

    private static List<TabariActor> Resolve(IReadOnlyList<TabariMember> members, IReadOnlyList<TabariMember> heads, DateOnly date, Func<int, int, string> textOf)
    {
        var actors = new List<TabariActor>();
        List<string>? previousBases = null;
        foreach (var member in members)
        {
            var text = textOf(member.Start, member.End);
            var (prefix, actor, suffixes) = Parts(member, date);
            if (heads.Count > 0)
            {
                foreach (var head in heads)
                {
                    var shared = head.Mentions.Where(m => m.Agent is { Prefix: false }).Select(m => m.Agent!.Code);
                    var sharedPrefix = string.Concat(head.Mentions.Where(m => m.Agent is { Prefix: true }).Select(m => m.Agent!.Code));
                    actors.AddRange(Codes(sharedPrefix + prefix, actor, suffixes.Concat(shared).ToList(), date).Select(c => new TabariActor(c, Origin(member, actor), text)));
                }
                continue;
            }
            if (actor is null && previousBases is not null && suffixes.Count > 0)
            {
                actors.AddRange(previousBases.Select(b => new TabariActor(Compose(b, suffixes), Origin(member, null), text)));
                continue;
            }
            var codes = Codes(prefix, actor, suffixes, date);
            actors.AddRange(codes.Select(c => new TabariActor(c, Origin(member, actor), text)));
            if (actor is not null) previousBases = Codes(prefix, actor, suffixes.Take(Math.Max(0, suffixes.Count - 1)).ToList(), date);
        }
        return actors.DistinctBy(a => a.Code, StringComparer.Ordinal).ToList();
    }

    private static (string Prefix, TabariMention? Actor, List<string> Suffixes) Parts(TabariMember member, DateOnly date)
    {
        var prefix = string.Concat(member.Mentions.Where(m => m.Agent is { Prefix: true }).Select(m => m.Agent!.Code));
        var suffixes = member.Mentions.Where(m => m.Agent is { Prefix: false }).Select(m => m.Agent!.Code).ToList();
        var actor = member.Mentions.FirstOrDefault(m => m.CodeOn(date) is not null);
        return (prefix, actor, suffixes);
    }

    private static List<string> Codes(string prefix, TabariMention? actor, List<string> suffixes, DateOnly date)
    {
        if (actor is null)
        {
            if (prefix.Length == 0 && suffixes.Count == 0) return [];
            return [Compose(prefix.Length > 0 && suffixes.Count == 0 ? prefix : prefix + TabariCodes.None, suffixes)];
        }
        return TabariCodes.Split(actor.CodeOn(date)!).Select(c => Compose(prefix + c, suffixes)).ToList();
    }

    private static string Compose(string code, IEnumerable<string> agents) => agents.Aggregate(code, TabariCodes.Append);

    private static Entente.Dictionaries.EntryOrigin? Origin(TabariMember member, TabariMention? actor) =>
        (actor ?? member.Mentions.FirstOrDefault())?.Entry.Origin;
}
