namespace Entente.Store.Queries;

/// <summary>
/// A state's status in an organization over a span of time, from the dictionary (<see cref="Entry"/>, its
/// <c>file:line</c>), from stored facts (<see cref="Evidence"/>), or both.
/// </summary>
public sealed record MembershipInfo(
    string Country,
    string? CountryName,
    string Org,
    string Status,
    string? Since,
    string? Until,
    bool Current,
    string? Entry,
    FactEvidence? Evidence);
