using Entente.Records;
using Entente.Tests.Support;

namespace Entente.Tests.Coding;

/// <summary>
/// Relation facts only where the text states them: memberships through a membership construction (not proximity,
/// negation, wishes or plural generic nouns), offices only for roles that are offices and names that are people's.
/// </summary>
public sealed class FactPrecisionTests
{
    private static IReadOnlyList<FactRecord> Facts(string text, string published = "2025-07-18") => TestEngine.Code(text, published).Facts;

    private static List<MembershipFact> Memberships(string text) => Facts(text).OfType<MembershipFact>().ToList();

    private static List<OfficeFact> Offices(string text, string published = "2025-07-18") => Facts(text, published).OfType<OfficeFact>().ToList();

    // --- memberships: constructions that state one ---

    [Fact]
    public void Copula_with_status_noun_and_organization_states_membership()
    {
        var m = Assert.Single(Memberships("Portugal is a founding member of the OECD."));
        Assert.Equal(("PRT", "OECD", "member"), (m.Country, m.Org, m.Status));
    }

    [Fact]
    public void Coordinated_subject_of_copula_gives_each_state()
    {
        var facts = Memberships("Kenya and Ghana are currently both members of the UN Security Council.");
        Assert.Equal(["GHA", "KEN"], facts.Select(m => m.Country).Order().ToArray());
    }

    [Fact]
    public void Adjective_participle_inside_status_phrase_does_not_break_the_copula()
    {
        var m = Assert.Single(Memberships("Estonia is a valued NATO Ally."));
        Assert.Equal(("EST", "NATO", "member"), (m.Country, m.Org, m.Status));
    }

    [Fact]
    public void Apposition_with_coordinated_status_nouns_gives_both_memberships()
    {
        var facts = Memberships("Officials praised Latvia, a loyal NATO Ally and EU partner, for its aid.");
        Assert.Contains(facts, m => m is { Country: "LVA", Org: "NATO", Status: "member" });
        Assert.Contains(facts, m => m is { Country: "LVA", Org: "EU", Status: "partner" });
    }

    [Fact]
    public void As_with_role_noun_takes_the_state_before_it()
    {
        var m = Assert.Single(Memberships("Ministers thanked Laos in its role as ASEAN Chair for the talks."));
        Assert.Equal(("LAO", "ASEAN", "member"), (m.Country, m.Org, m.Status));
    }

    [Fact]
    public void Its_refers_to_the_nearest_state_not_the_first_of_a_coordination()
    {
        var m = Assert.Single(Memberships("The United States and Chile, in its capacity as a member state of the OAS, signed the text."));
        Assert.Equal(("CHL", "OAS"), (m.Country, m.Org));
    }

    [Fact]
    public void State_after_plural_status_noun_and_comma_is_a_partner()
    {
        var facts = Memberships("Delegates welcomed NATO's Pacific partners, Australia and New Zealand, to the meeting.");
        Assert.Equal(["AUS", "NZL"], facts.Where(m => m is { Org: "NATO", Status: "partner" }).Select(m => m.Country).Order().ToArray());
    }

    [Fact]
    public void Possessive_of_abstract_status_noun_is_the_member()
    {
        var m = Assert.Single(Memberships("Officials discussed Chile's OECD membership on Monday."));
        Assert.Equal(("CHL", "OECD", "member"), (m.Country, m.Org, m.Status));
    }

    [Fact]
    public void Possessor_of_a_holder_noun_is_the_counterpart_not_the_member()
    {
        var facts = Memberships("Canada stands with its NATO Ally Latvia.");
        var m = Assert.Single(facts);
        Assert.Equal(("LVA", "NATO"), (m.Country, m.Org));
    }

    [Fact]
    public void Candidacy_is_a_candidate_status()
    {
        var m = Assert.Single(Memberships("Officials discussed Malta's candidacy for the UN Security Council."));
        Assert.Equal(("MLT", "candidate"), (m.Country, m.Status));
    }

    [Fact]
    public void Joining_verb_with_state_subject_states_membership_with_its_date()
    {
        var m = Assert.Single(Memberships("Croatia, which joined NATO on April 1, 2009, hosted the exercise."));
        Assert.Equal(("HRV", "NATO", "member", "2009-04-01"), (m.Country, m.Org, m.Status, m.Since?.ToString()));
    }

    [Fact]
    public void Leaving_verb_states_withdrawal()
    {
        var m = Assert.Single(Memberships("Burkina Faso withdrew from ECOWAS in January 2025."));
        Assert.Equal(("BFA", "withdrawn"), (m.Country, m.Status));
    }

    // --- memberships: what states none ---

    [Fact]
    public void Negated_membership_states_nothing()
    {
        Assert.Empty(Memberships("Moldova is not a member of NATO."));
        Assert.Empty(Memberships("Serbia never joined NATO."));
    }

    [Fact]
    public void Wished_or_hypothetical_membership_states_nothing()
    {
        Assert.Empty(Memberships("Ministers voiced support for European Union membership for Moldova."));
        Assert.Empty(Memberships("Parliament backed Georgia's membership in NATO."));
        Assert.Empty(Memberships("Georgia wants to join the EU."));
        Assert.Empty(Memberships("Georgia seeks to become a member of NATO."));
        Assert.Empty(Memberships("Serbia would become a member of the EU within a decade."));
        Assert.Empty(Memberships("Ministers discussed Montenegro's upcoming EU presidency."));
    }

    [Fact]
    public void Gerund_without_a_factive_verb_states_nothing()
    {
        Assert.Empty(Memberships("Moscow objected to one thing above all: Georgia joining NATO."));
        Assert.Single(Memberships("Ministers welcomed Chile joining the OECD in 2010."));
    }

    [Fact]
    public void Question_states_no_membership()
    {
        Assert.Empty(Memberships("Should Serbia be a member of the EU?"));
        Assert.Empty(Memberships("Can you comment on Hungary, a NATO member, buying Russian gas?"));
    }

    [Fact]
    public void Plural_generic_status_nouns_without_a_named_state_state_nothing()
    {
        Assert.Empty(Memberships("Envoys will consult NATO Allies and the EU partners on Russian pressure towards Georgia."));
        Assert.Empty(Memberships("The Secretary praised efforts by NATO Allies, EU partners, G7 members, and others to urge Russia to withdraw."));
    }

    [Fact]
    public void State_in_another_phrase_is_not_the_member()
    {
        Assert.Empty(Memberships("The envoy met leaders in Vienna, current chair of the OSCE."));
        Assert.Empty(Memberships("Officials asked the allies – the G7, the EU, NATO – to act together against Russia."));
        Assert.Empty(Memberships("Finland joined the EU sanctions on Russia."));
    }

    [Fact]
    public void Joining_a_summit_is_no_membership()
    {
        Assert.Empty(Memberships("Japan joins the NATO summit in Vilnius."));
    }

    [Fact]
    public void Applying_countries_named_after_the_membership_are_not_members()
    {
        var facts = Memberships("The two countries that have applied for NATO membership, Finland and Sweden, met today.");
        Assert.DoesNotContain(facts, m => m.Status == "member");
    }

    // --- offices ---

    [Fact]
    public void Holiday_after_an_adjective_title_is_no_person()
    {
        Assert.Empty(Offices("Today is Latvia's official Independence Day."));
    }

    [Fact]
    public void Names_of_things_after_titles_are_not_people()
    {
        Assert.Empty(Offices("Following the Strategic Dialogue, Secretary Blinken met Chile."));
        Assert.DoesNotContain(Offices("The Norwegian Embassy Oslo issued a notice. Canada condemned Russia."), o => o.Person == "Oslo");
    }

    [Fact]
    public void Leader_of_a_states_movement_does_not_hold_an_office_of_the_state()
    {
        Assert.Empty(Offices("Canada met Ana Lupescu, the leader of Moldova's pro-democracy movement, on Monday."));
    }

    [Fact]
    public void Bare_official_is_no_office()
    {
        Assert.Empty(Offices("Official Ramin Tahiri said Canada condemned Russia. Canada also criticized Belarus."));
    }

    [Fact]
    public void Qualified_official_is_an_office()
    {
        var o = Assert.Single(Offices("Canada sanctioned Burmese military official Zaw Min Tun on Monday."));
        Assert.Equal(("Zaw Min Tun", "MMR"), (o.Person, o.Country));
    }

    [Fact]
    public void Citizens_and_journalists_hold_no_office()
    {
        Assert.Empty(Offices("Canada called for the release of U.S. citizen Daniel Corvel on Monday."));
    }

    [Fact]
    public void Honorific_between_title_and_name_belongs_to_neither()
    {
        var o = Assert.Single(Offices("Chile met Assistant Secretary of State Dr. Karen Olsund on Monday. Canada condemned Russia."));
        Assert.Equal(("Karen Olsund", "Assistant Secretary of State"), (o.Person, o.Role));
    }
}
