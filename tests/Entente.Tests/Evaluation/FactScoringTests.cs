using Entente.Evaluation;
using Entente.Records;
using Entente.Tests.Output;
using Xunit;
using static Entente.Tests.Evaluation.Build;

namespace Entente.Tests.Evaluation;

public sealed class FactScoringTests
{
    private static FactScores ScoreFacts(IReadOnlyList<GoldFact> gold, params FactRecord[] extracted) =>
        Scorer.ScoreArticle(Article([], gold), Coded([], extracted)).Facts;

    private static OfficeFact Office(string person, string country) => Sample.Office with { Person = person, Country = country, Role = "anything" };

    [Fact]
    public void An_office_matches_on_the_family_name_when_it_is_unique_in_the_article()
    {
        var gold = new GoldFact[] { new GoldOffice("Antony J. Blinken", "Secretary of State", "USA", ""), new GoldOffice("Joseph R. Biden, Jr.", "President", "USA", "") };

        var scores = ScoreFacts(gold, Office("Blinken", "USA"), Office("Joe Biden", "USA"), Office("Ned Price", "USA"));

        Assert.Equal(new FactCounts(Gold: 2, Matched: 2, Extracted: 3, Correct: 2), scores.Office);
    }

    [Fact]
    public void A_shared_family_name_needs_the_full_name()
    {
        var gold = new GoldFact[] { new GoldOffice("Marta Lucía Ramírez", "Vice President", "COL", ""), new GoldOffice("Ana Ramírez", "Minister", "COL", "") };

        var scores = ScoreFacts(gold, Office("Ramirez", "COL"), Office("MARTA LUCIA RAMIREZ", "COL"));

        Assert.Equal(new FactCounts(2, 1, 2, 1), scores.Office);
    }

    [Fact]
    public void An_office_needs_the_right_country_but_not_the_same_role()
    {
        var gold = new GoldFact[] { new GoldOffice("Andrew Holness", "Prime Minister", "JAM", "") };

        Assert.Equal(0, ScoreFacts(gold, Office("Andrew Holness", "USA")).Office.Matched);
        Assert.Equal(1, ScoreFacts(gold, Office("Andrew Holness", "jam")).Office.Matched);
    }

    [Fact]
    public void A_membership_needs_country_org_status_and_since_at_the_gold_precision()
    {
        var gold = new GoldFact[] { new GoldMembership("LAO", "SCO", "partner", PartialDate.OfYear(2025), ""), new GoldMembership("BLR", "SCO", "member", null, "") };

        var scores = ScoreFacts(gold,
            Sample.Membership,                                                                  // LAO partner since 2025-07: agrees with 2025
            Sample.Membership with { Country = "BLR", Status = "member", Since = Sample.Day(2024, 7, 4) }, // gold gives no since
            Sample.Membership with { Status = "observer" });

        Assert.Equal(new FactCounts(2, 2, 3, 2), scores.Membership);
        Assert.Equal(0, ScoreFacts([gold[0]], Sample.Membership with { Since = null }).Membership.Matched);
    }

    [Fact]
    public void An_agreement_needs_the_same_party_set_and_signed_date()
    {
        var gold = new GoldFact[] { new GoldAgreement(["USA", "COL", "CRI"], "MOU", Sample.Day(2022, 6, 7), "") };

        Assert.Equal(1, ScoreFacts(gold, Sample.Agreement with { Parties = ["cri", "USA", "COL"], Signed = Sample.Day(2022, 6, 7), Subject = "other" }).Agreement.Matched);
        Assert.Equal(0, ScoreFacts(gold, Sample.Agreement with { Parties = ["USA", "COL"], Signed = Sample.Day(2022, 6, 7) }).Agreement.Matched);
        Assert.Equal(0, ScoreFacts(gold, Sample.Agreement with { Parties = ["USA", "COL", "CRI"], Signed = PartialDate.OfMonth(2022, 6) }).Agreement.Matched);
        Assert.Equal(1, ScoreFacts([new GoldAgreement(["USA", "ARM"], null, null, "")], Sample.Agreement with { Parties = ["ARM", "USA"] }).Agreement.Matched);
    }

    [Fact]
    public void Missed_and_spurious_facts_are_listed()
    {
        var gold = new GoldFact[] { new GoldOffice("Ned Price", "Spokesperson", "USA", "Spokesperson Ned Price") };

        var result = Scorer.ScoreArticle(Article([], gold), Coded([], [Sample.Agreement]));

        Assert.Equal("Ned Price — Spokesperson (USA)", Assert.Single(result.MissedFacts).Description);
        Assert.Equal("agreement", Assert.Single(result.SpuriousFacts).Kind);
    }
}
