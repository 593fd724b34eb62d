namespace Entente.Store.Queries;

/// <summary>Everything <c>entente dyad A B</c> reports about the relation between two states (or organizations).</summary>
public sealed record DyadReport(
    string A,
    string? AName,
    string B,
    string? BName,
    string? From,
    string? To,
    int Events,
    long Mentions,
    double? GoldsteinMean,
    IReadOnlyList<QuadClassCount> QuadClasses,
    IReadOnlyList<MonthPoint> Months,
    EventSummary? LastLeaderMeeting,
    IReadOnlyList<EventSummary> AgreementEvents,
    IReadOnlyList<AgreementInfo> Agreements,
    IReadOnlyList<SharedMembership> SharedMemberships,
    IReadOnlyList<Intention> Intentions,
    IReadOnlyList<EventSummary> Timeline);

/// <summary>Events of one quad class (1 verbal cooperation ... 4 material conflict), each way.</summary>
public sealed record QuadClassCount(int QuadClass, string Name, int AToB, int BToA, int Total, double? GoldsteinMean);

/// <summary>
/// One month of the dyad: cooperation (quad 1–2) and conflict (quad 3–4) events, and the events of each quad class
/// (<see cref="Quads"/>: verbal cooperation, material cooperation, verbal conflict, material conflict).
/// </summary>
public sealed record MonthPoint(string Month, int Cooperation, int Conflict, double GoldsteinMean, IReadOnlyList<int>? Quads = null)
{
    /// <summary>The four quad-class counts; without <see cref="Quads"/>, cooperation as verbal and conflict as verbal.</summary>
    public IReadOnlyList<int> QuadCounts() => Quads is { Count: 4 } q ? q : [Cooperation, 0, Conflict, 0];
}

/// <summary>An organization both sides belong to, with each side's status.</summary>
public sealed record SharedMembership(string Org, MembershipInfo A, MembershipInfo B);

/// <summary>An announced visit, meeting or invitation, and whether a meeting or visit between them has followed.</summary>
public sealed record Intention(EventSummary Event, bool Open, string? FollowedOn);
