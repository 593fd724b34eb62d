namespace Entente.Store.Queries;

/// <summary>What <c>entente actor C</c> reports about a state.</summary>
public sealed record ActorReport(
    string Country,
    string? Name,
    IReadOnlyList<OfficeHolder> Offices,
    IReadOnlyList<MembershipInfo> Memberships,
    IReadOnlyList<Partner> Partners);

/// <summary>
/// A person in an office for a span of time, from people.txt (<see cref="Entry"/>) and/or from office facts
/// (<see cref="Evidence"/>; dates inferred from the articles when the dictionary does not know the person).
/// </summary>
public sealed record OfficeHolder(string Office, string Title, string Person, string? From, string? To, bool Current, string? Entry, FactEvidence? Evidence);

/// <summary>A frequent counterpart: events both ways, split into cooperation and conflict.</summary>
public sealed record Partner(string Key, string? Name, int Events, int Cooperation, int Conflict, double GoldsteinMean);
