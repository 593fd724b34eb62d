using System.Globalization;
using Entente.Records;

namespace Entente.Knowledge;

/// <summary>
/// What makes two fact reports the same fact (<see cref="Key"/>) and which facts compete for one slot, so that a
/// later one supersedes an earlier one (<see cref="Group"/>; null when a fact never supersedes another).
/// </summary>
/// <remarks>
/// Keys: office (person, country); membership (country, org, status); agreement (sorted parties, signed date).
/// Groups: a membership competes with the other statuses of the same (country, org); an office with the other
/// holders of the same office in the same country (see <see cref="OfficeClassifier"/>). Agreements never close.
/// </remarks>
public sealed record FactIdentity(string Kind, string Key, string? Group)
{
    public static FactIdentity Of(FactRecord fact, OfficeClassifier offices) => fact switch
    {
        OfficeFact o => new("office", Join(Fold(o.Person), o.Country), offices.GroupOf(o.Country, o.Role)),
        MembershipFact m => new("membership", Join(m.Country, m.Org, Fold(m.Status)), Join(m.Country, m.Org)),
        AgreementFact a => new("agreement", Join(string.Join(',', SortedParties(a)), a.Signed?.ToString() ?? ""), null),
        _ => throw new ArgumentException($"unknown fact kind '{fact.Kind}'", nameof(fact)),
    };

    public static IReadOnlyList<string> SortedParties(AgreementFact fact) =>
        fact.Parties.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>Case and spacing do not make a different person or status.</summary>
    internal static string Fold(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToLower(CultureInfo.InvariantCulture);

    private static string Join(params string[] parts) => string.Join('|', parts);
}
