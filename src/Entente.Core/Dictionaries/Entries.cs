using Entente.Records;

namespace Entente.Dictionaries;

/// <summary>A state or territory (countries.txt).</summary>
public sealed record Country(
    string Code, string ShortName, IReadOnlyList<string> Names, IReadOnlyList<string> Adjectives, string? Capital, EntryOrigin Origin);

public enum PlaceKind : byte { Capital, City, Region, Site }

/// <summary>A gazetteer entry (places.txt).</summary>
public sealed record Place(string Name, IReadOnlyList<string> Aliases, string? Country, double Lat, double Lon, PlaceKind Kind, EntryOrigin Origin);

/// <summary>A building or place standing for an institution (metonyms.txt).</summary>
public sealed record Metonym(string Phrase, string ActorCode, EntryOrigin Origin);

/// <summary>An international organization or one of its bodies (organizations.txt).</summary>
public sealed record Organization(
    string Acronym, string Code, string Kind, string? Parent, IReadOnlyList<string> Names, EntryOrigin Origin);

/// <summary>A dated membership status (memberships.txt).</summary>
public sealed record Membership(string Org, string Country, string Status, PartialDate? Since, PartialDate? Until, EntryOrigin Origin);

/// <summary>The kinds of office people.txt and agents.txt know.</summary>
public enum OfficeKind : byte { None, HeadOfState, HeadOfGovernment, ForeignMinister, DefenceMinister, Minister, SecretaryGeneral, Other }

/// <summary>One dated office of a person.</summary>
public sealed record Office(string Country, OfficeKind Kind, string Title, PartialDate? From, PartialDate? To, EntryOrigin Origin)
{
    /// <summary>Whether the office was held on <paramref name="date"/> (open ends count as held).</summary>
    public bool HeldOn(DateOnly date) =>
        (From is not { } from || from.Start <= date) && (To is not { } to || date <= EndOf(to));

    private static DateOnly EndOf(PartialDate d) => d.Precision switch
    {
        DatePrecision.Day => d.Start,
        DatePrecision.Month => d.Start.AddMonths(1).AddDays(-1),
        _ => new DateOnly(d.Year, 12, 31),
    };
}

/// <summary>A named official with every office held (people.txt).</summary>
public sealed record Person(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<Office> Offices)
{
    public Office? OfficeOn(DateOnly date)
    {
        Office? best = null;
        foreach (var office in Offices)
            if (office.HeldOn(date) && (best is null || Rank(office.Kind) < Rank(best.Kind))) best = office;
        return best;
    }

    private static int Rank(OfficeKind kind) => (int)kind == 0 ? 99 : (int)kind;
}

/// <summary>A role noun and its CAMEO agent code (agents.txt).</summary>
public sealed record Agent(string Phrase, IReadOnlyList<string> Plurals, string Code, OfficeKind Office, EntryOrigin Origin)
{
    /// <summary>The code goes before the actor's (TABARI's <c>[NGO~]</c>), not after it (<c>[~GOV]</c>).</summary>
    public bool Prefix { get; init; }
}

/// <summary>A CAMEO event code with its Goldstein weight (cameo.txt).</summary>
public sealed record CameoEvent(string Code, double Goldstein, string Name, EntryOrigin Origin)
{
    public string Root => Code[..2];

    /// <summary>1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
    public int QuadClass => int.Parse(Root, System.Globalization.CultureInfo.InvariantCulture) switch
    {
        <= 5 => 1,
        <= 8 => 2,
        <= 13 => 3,
        _ => 4,
    };
}

/// <summary>A named word set used by patterns (wordsets.txt).</summary>
public sealed record WordSet(string Name, IReadOnlyList<string> Words, EntryOrigin Origin);

/// <summary>Verb forms that the regular rules get wrong (irregular-verbs.txt).</summary>
public sealed record IrregularVerb(string Lemma, string? Past, string? Participle, string? Ing, string? ThirdPerson, EntryOrigin Origin);

/// <summary>
/// A word that states a membership status, or (status <c>join</c>) that a state entered one; or, for a status
/// written <c>=class</c>, a word of the grammar of membership statements (membership-cues.txt).
/// </summary>
public sealed record MembershipCue(string Status, string Cue, EntryOrigin Origin)
{
    /// <summary>The statuses a cue may give: those of memberships.txt and the pseudo-status <c>join</c>.</summary>
    public static readonly string[] Statuses = ["member", "partner", "observer", "dialogue partner", "candidate", "applicant", "suspended", "withdrawn", "join"];

    /// <summary>The grammar classes: link verbs, membership verbs by the status they give, prospect, aspiration and factive words.</summary>
    public static readonly string[] GrammarClasses = ["=link", "=join", "=withdrawn", "=suspended", "=applicant", "=prospect", "=aspiration", "=factive"];
}
