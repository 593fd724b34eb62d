using Entente.Records;
using Entente.Tests.Support;

namespace Entente.Tests.Coding;

/// <summary>
/// The mission scenario, told in our own words: a Belarusian delegation in Vientiane, a visa-free agreement, the
/// Kazan meeting, SCO statuses and an accepted invitation. The whole article must code as an analyst would.
/// </summary>
public sealed class BelarusLaosScenarioTests
{
    private const string Article =
        "VIENTIANE, July 17 — A Belarusian delegation led by Foreign Minister Maxim Ryzhenkov visited Vientiane on July 17. " +
        "Laos hosted the delegation for two days of consultations.\n\n" +
        "Ryzhenkov held talks with Laotian Foreign Minister Thongsavanh Phomvihane. " +
        "The two foreign ministers signed an agreement on visa-free travel.\n\n" +
        "The presidents of Belarus and Laos had met at the BRICS summit in Kazan in the autumn of 2024.\n\n" +
        "Laos became an SCO partner country this year, while Belarus marked the first anniversary of its full SCO membership.\n\n" +
        "Laotian President Thongloun Sisoulith accepted an invitation to visit Minsk.";

    private static readonly CodedArticle Coded = TestEngine.Code(Article, "2025-07-18", "blr-lao");

    private static bool Has(string source, string target, string root, string? date = null) =>
        Coded.Events.Any(e => e.SourceCountry == source && e.TargetCountry == target && e.Root == root
            && (date is null || e.Date.ToString() == date));

    [Fact]
    public void The_visit_and_the_hosting_are_coded_on_the_day()
    {
        Assert.True(Has("BLR", "LAO", "04", "2025-07-17"));
        Assert.True(Has("LAO", "BLR", "04", "2025-07-17"));
    }

    [Fact]
    public void The_talks_are_coded_both_ways() => Assert.True(Has("BLR", "LAO", "04") && Has("LAO", "BLR", "04"));

    [Fact]
    public void The_agreement_is_signed_by_both_foreign_ministers()
    {
        Assert.True(Has("BLR", "LAO", "05", "2025-07-17"));
        Assert.True(Has("LAO", "BLR", "05", "2025-07-17"));
        var agreement = Assert.Single(Coded.Facts.OfType<AgreementFact>());
        Assert.Equal(["BLR", "LAO"], agreement.Parties);
        Assert.Equal("2025-07-17", agreement.Signed?.ToString());
    }

    [Fact]
    public void The_kazan_meeting_is_dated_to_october_2024() => Assert.True(Has("BLR", "LAO", "04", "2024-10"));

    [Fact]
    public void The_accepted_invitation_is_an_intention()
    {
        var e = Assert.Single(Coded.Events, e => e.SourceCountry == "LAO" && e.TargetCountry == "BLR" && e.Code == "036");
        Assert.Equal(Modality.Intended, e.Modality);
    }

    [Fact]
    public void The_three_officials_are_known()
    {
        var people = Coded.Facts.OfType<OfficeFact>().Select(f => (f.Person, f.Country)).ToHashSet();
        Assert.Contains(("Maxim Ryzhenkov", "BLR"), people);
        Assert.Contains(("Thongsavanh Phomvihane", "LAO"), people);
        Assert.Contains(("Thongloun Sisoulith", "LAO"), people);
    }

    [Fact]
    public void The_sco_statuses_are_facts()
    {
        var memberships = Coded.Facts.OfType<MembershipFact>().ToList();
        Assert.Contains(memberships, m => m.Country == "LAO" && m.Org == "SCO" && m.Status == "partner");
        Assert.Contains(memberships, m => m.Country == "BLR" && m.Org == "SCO" && m.Status == "member" && m.Since?.ToString() == "2024-07");
    }
}
