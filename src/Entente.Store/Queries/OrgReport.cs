namespace Entente.Store.Queries;

/// <summary>What <c>entente org O</c> reports: every state's status in the organization, current and former.</summary>
public sealed record OrgReport(string Org, string? Name, string? Code, IReadOnlyList<MembershipInfo> Current, IReadOnlyList<MembershipInfo> Former);
