using Entente.Records;

namespace Entente.Evaluation;

/// <summary>
/// Scores facts per kind ("Scoring facts" in <c>eval/dev/README.md</c>): office by person and country (the family
/// name alone suffices when no other gold person in the article shares it; the role is not compared),
/// membership by country, org and status (and since at the gold's precision), agreement by the set of parties
/// (and signed at the gold's precision).
/// </summary>
internal sealed class FactScorer
{
    private readonly Dictionary<string, int> _familyCounts;
    private readonly Func<string, string> _organizationKey;

    private FactScorer(IReadOnlyList<GoldFact> gold, Func<string, string> organizationKey)
    {
        _organizationKey = organizationKey;
        _familyCounts = gold.OfType<GoldOffice>()
            .Select(o => PersonName.Normalize(o.Person))
            .Distinct(StringComparer.Ordinal)
            .GroupBy(PersonName.Family, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    }

    public static (FactScores Scores, List<FactError> Missed, List<FactError> Spurious) Score(
        IReadOnlyList<GoldFact> gold, IReadOnlyList<FactRecord> extracted, Func<string, string> organizationKey)
    {
        var scorer = new FactScorer(gold, organizationKey);
        var missed = new List<FactError>();
        var spurious = new List<FactError>();
        var office = scorer.ScoreKind<GoldOffice, OfficeFact>(gold, extracted, scorer.Matches, missed, spurious);
        var membership = scorer.ScoreKind<GoldMembership, MembershipFact>(gold, extracted, scorer.Matches, missed, spurious);
        var agreement = scorer.ScoreKind<GoldAgreement, AgreementFact>(gold, extracted, Matches, missed, spurious);
        return (new FactScores(office, membership, agreement), missed, spurious);
    }

    public bool Matches(GoldOffice g, OfficeFact f)
    {
        if (!Same(g.Country, f.Country)) return false;
        var gold = PersonName.Normalize(g.Person);
        if (string.Equals(gold, PersonName.Normalize(f.Person), StringComparison.Ordinal)) return true;
        var family = PersonName.Family(g.Person);
        return family.Length > 0
            && string.Equals(family, PersonName.Family(f.Person), StringComparison.Ordinal)
            && _familyCounts.GetValueOrDefault(family) == 1;
    }

    public bool Matches(GoldMembership g, MembershipFact f) =>
        Same(g.Country, f.Country) && Same(_organizationKey(g.Org), _organizationKey(f.Org)) && Same(g.Status, f.Status)
        && EventMatcher.DateAgrees(g.Since, f.Since);

    public static bool Matches(GoldAgreement g, AgreementFact f) =>
        g.Parties.ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(f.Parties) && EventMatcher.DateAgrees(g.Signed, f.Signed);

    private FactCounts ScoreKind<TGold, TFact>(
        IReadOnlyList<GoldFact> allGold, IReadOnlyList<FactRecord> allExtracted, Func<TGold, TFact, bool> match,
        List<FactError> missed, List<FactError> spurious)
        where TGold : GoldFact
        where TFact : FactRecord
    {
        var gold = allGold.OfType<TGold>().ToList();
        var extracted = allExtracted.OfType<TFact>().ToList();
        var matching = MaxMatching.Solve(gold.Count, extracted.Count, (g, e) => match(gold[g], extracted[e]));
        var correct = extracted.Count(e => gold.Exists(g => match(g, e)));
        for (var g = 0; g < gold.Count; g++)
        {
            if (matching[g] < 0) missed.Add(new FactError(gold[g].Kind, Describe(gold[g]), gold[g].Evidence));
        }
        foreach (var e in extracted.Where(e => !gold.Exists(g => match(g, e))))
        {
            spurious.Add(new FactError(e.Kind, Output.Cells.Describe(e), e.Text));
        }
        return new FactCounts(gold.Count, matching.Count(m => m >= 0), extracted.Count, correct);
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string Describe(GoldFact fact) => fact switch
    {
        GoldOffice o => $"{o.Person} — {o.Role ?? "?"} ({o.Country})",
        GoldMembership m => $"{m.Country} {m.Status} of {m.Org}{(m.Since is { } s ? $" since {s}" : "")}",
        GoldAgreement a => $"{string.Join(", ", a.Parties)}: {a.Subject ?? "agreement"}{(a.Signed is { } d ? $", signed {d}" : "")}",
        _ => fact.Kind,
    };
}
