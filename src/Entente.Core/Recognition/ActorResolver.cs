using Entente.Dictionaries;

namespace Entente.Recognition;

/// <summary>
/// Turns a phrase unit into an actor: the state or organization it belongs to and its role, with people coded by
/// the office they held on the event date.
/// </summary>
public sealed class ActorResolver(Lexicon lexicon)
{
    public ActorRef? Resolve(PhraseUnit unit, Func<int, int, string> textOf, DateOnly date, IPersonMemory memory)
    {
        string? country = null, org = null, orgCode = null, agent = null, person = null, title = null, fixedCode = null;
        var office = OfficeKind.None;
        EntryOrigin? entry = null;
        var hasActorWord = false;
        string? learnedAgent = null;
        foreach (var part in unit.Parts)
        {
            if (part.Entry is null)
            {
                if (part.End <= part.Start) continue;
                person ??= textOf(part.Start, part.End);
                var lastWord = person.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].TrimEnd(',').ToLowerInvariant();
                if (memory.TryGet(lastWord, out var learned))
                {
                    country ??= learned.Actor.Country;
                    org ??= learned.Actor.Org;
                    agent ??= learned.Actor.AgentCode;
                    learnedAgent = learned.Actor.AgentCode;
                    title ??= learned.Actor.Title;
                    office = office == OfficeKind.None ? learned.Actor.Office : office;
                    person = learned.Name;
                    hasActorWord = true;
                }
                continue;
            }
            var e = part.Entry;
            entry ??= e.Origin;
            switch (e.Kind)
            {
                case LexKind.Country or LexKind.Demonym:
                    country ??= e.Country!.Code;
                    hasActorWord = true;
                    break;
                case LexKind.Place:
                    if (e.Place!.Country is null) break;
                    country ??= e.Place.Country;
                    // A capital standing alone is its government ("Minsk said"); a city is only a place.
                    if (e.Place.Kind == PlaceKind.Capital && unit.Parts.Count == 1) { agent ??= "GOV"; hasActorWord = true; }
                    break;
                case LexKind.Metonym:
                    var metonym = e.Metonym!;
                    fixedCode ??= metonym.ActorCode;
                    country ??= metonym.ActorCode[..3];
                    hasActorWord = true;
                    break;
                case LexKind.Organization:
                    var o = e.Organization!;
                    if (country is null && org is null)
                    {
                        org = TopLevel(o).Acronym;
                        orgCode = o.Code;
                    }
                    hasActorWord = true;
                    break;
                case LexKind.Person:
                    var p = e.Person!;
                    person ??= p.Name;
                    hasActorWord = true;
                    var held = p.OfficeOn(date);
                    if (held is not null)
                    {
                        office = held.Kind;
                        title ??= held.Title;
                        if (lexicon.OrganizationsByAcronym.TryGetValue(held.Country, out var po)) { org ??= TopLevel(po).Acronym; orgCode ??= po.Code; }
                        else { country ??= held.Country; agent ??= "GOV"; }
                    }
                    else
                    {
                        // A former office holder is not the government: code the person's state as an elite.
                        var last = p.Offices.OrderByDescending(x => x.From?.Start ?? DateOnly.MinValue).First();
                        if (!lexicon.OrganizationsByAcronym.ContainsKey(last.Country)) { country ??= last.Country; agent ??= "ELI"; }
                    }
                    break;
                case LexKind.Coded:
                    // An imported dictionary's code: a state code (USA) or an organization code (IGOUNO), with agents.
                    if (e.Coded!.CodeOn(date) is { Length: >= 3 } coded)
                    {
                        if (lexicon.CountriesByCode.ContainsKey(coded[..3])) { country ??= coded[..3]; if (coded.Length > 3) agent ??= coded[3..]; }
                        else if (org is null && country is null) { org = coded; orgCode = coded; }
                        hasActorWord = true;
                    }
                    break;
                case LexKind.Agent:
                    var role = e.Agent!;
                    agent ??= role.Code;
                    title ??= textOf(part.Start, part.End);
                    if (office == OfficeKind.None) office = role.Office;
                    break;
            }
        }
        if (!hasActorWord && country is null && org is null) return null;
        // "Secretary General Delattre", introduced as a French official: the person's state and role code win over an
        // organization title that names no organization.
        if (agent == "IGO" && org is null && learnedAgent is not null) agent = learnedAgent;
        if (org is not null && country is null)
            return new ActorRef(orgCode!, null, org, person, title, agent, office, entry);
        if (country is null) return null;
        var code = fixedCode ?? country + (agent is null or "IGO" ? "" : agent);
        return new ActorRef(code, country, null, person, title, agent, office, entry);
    }

    private Organization TopLevel(Organization o)
    {
        var current = o;
        for (var depth = 0; depth < 4 && current.Parent is { } parent && lexicon.OrganizationsByAcronym.TryGetValue(parent, out var up); depth++)
            current = up;
        return current;
    }
}
