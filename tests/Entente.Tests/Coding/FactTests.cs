using Entente.Records;
using Entente.Tests.Support;

namespace Entente.Tests.Coding;

/// <summary>Relation facts stated in passing: memberships, offices and agreements, one construction per test.</summary>
public sealed class FactTests
{
    private static IReadOnlyList<FactRecord> Facts(string text, string published = "2025-07-18") => TestEngine.Code(text, published).Facts;

    [Fact]
    public void State_that_joined_an_organization_is_a_member()
    {
        var m = Assert.Single(Facts("Sweden joined NATO in March 2024.").OfType<MembershipFact>());
        Assert.Equal(("SWE", "NATO", "member", "2024-03"), (m.Country, m.Org, m.Status, m.Since?.ToString()));
    }

    [Fact]
    public void Status_word_before_the_state_names_the_membership()
    {
        var m = Assert.Single(Facts("The talks were hosted by ASEAN Chair Malaysia in Kuala Lumpur.").OfType<MembershipFact>());
        Assert.Equal(("MYS", "ASEAN", "member"), (m.Country, m.Org, m.Status));
    }

    [Fact]
    public void A_body_of_an_organization_is_reported_as_itself()
    {
        var m = Assert.Single(Facts("France, a permanent member of the UN Security Council, called for calm in Haiti.").OfType<MembershipFact>());
        Assert.Equal("FRA", m.Country);
        Assert.NotEqual("UN", m.Org);
    }

    [Fact]
    public void Anniversary_of_membership_dates_it_back_from_publication()
    {
        var m = Assert.Single(Facts("Finland marked the second anniversary of its NATO membership.", "2025-04-04").OfType<MembershipFact>());
        Assert.Equal("2023-04", m.Since?.ToString());
    }

    [Fact]
    public void An_organization_named_as_the_object_of_another_verb_is_no_membership()
    {
        Assert.Empty(Facts("The Chilean minister urged all OAS member states to act.").OfType<MembershipFact>());
    }

    [Fact]
    public void Title_before_a_name_states_an_office()
    {
        var o = Assert.Single(Facts("Peruvian Foreign Minister Elena Castro met Chile on Monday.").OfType<OfficeFact>());
        Assert.Equal(("Elena Castro", "PER"), (o.Person, o.Country));
    }

    [Fact]
    public void Official_with_no_state_named_belongs_to_the_home_state_of_the_article()
    {
        var facts = Facts("Spokesperson Mara Quist said Canada condemned Russia. Canada also criticized Belarus.");
        Assert.Contains(facts.OfType<OfficeFact>(), o => o.Person == "Mara Quist" && o.Country == "CAN");
    }

    [Fact]
    public void Signing_states_an_agreement_with_all_parties()
    {
        var a = Assert.Single(Facts("Kenya, Uganda and Tanzania signed a customs protocol on July 3.").OfType<AgreementFact>());
        Assert.Equal(["KEN", "TZA", "UGA"], a.Parties);
        Assert.Equal("2025-07-03", a.Signed?.ToString());
    }

    [Fact]
    public void Application_for_membership_is_an_application()
    {
        var facts = Facts("Norway's application for EU membership was discussed.").OfType<MembershipFact>().ToList();
        Assert.Contains(facts, m => m.Country == "NOR" && m.Org == "EU" && m.Status == "applicant");
        Assert.DoesNotContain(facts, m => m.Status == "member");
    }

    [Fact]
    public void A_status_word_far_from_the_organization_states_nothing()
    {
        Assert.Empty(Facts("Canadian service members stationed in Latvia train with NATO allies.").OfType<MembershipFact>());
    }
}
