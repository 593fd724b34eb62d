using Entente.Knowledge;

namespace Entente.Store.Queries;

/// <summary><c>entente org O</c>: members, partners, observers and dialogue partners, with dates and evidence.</summary>
public static class OrgQuery
{
    private static readonly string[] StatusOrder = ["member", "partner", "observer", "dialogue partner", "candidate", "applicant", "suspended", "withdrawn"];

    public static OrgReport Run(KnowledgeStore store, ReferenceData reference, string org) => store.Read(connection =>
    {
        var organization = reference.Organization(org);
        var acronym = organization?.Acronym ?? org.ToUpperInvariant();
        var facts = FactReader.Memberships(connection, "upper(f.org) = @org", ("org", acronym.ToUpperInvariant()));
        var all = MembershipView.Build(
            reference.Memberships.Where(m => string.Equals(m.Org, acronym, StringComparison.OrdinalIgnoreCase)), facts, reference, null);
        var ordered = all.OrderBy(m => Rank(m.Status)).ThenBy(m => m.Country, StringComparer.Ordinal).ToList();
        return new OrgReport(acronym, organization?.Names.FirstOrDefault(), organization?.Code,
            ordered.Where(m => m.Current).ToList(), ordered.Where(m => !m.Current).ToList());
    });

    private static int Rank(string status) => Array.IndexOf(StatusOrder, status.ToLowerInvariant()) is var i and >= 0 ? i : StatusOrder.Length;
}
