using Entente.Records;
using Entente.Tests.Support;
using static Entente.Tests.Support.EventAsserts;

namespace Entente.Tests.Coding;

/// <summary>
/// How the coder reads English constructions, one test per construction, on sentences written for these tests.
/// Each asserts the (source, target, root) triples the sentence must give.
/// </summary>
public sealed class ConstructionTests
{
    [Fact]
    public void Active_voice_codes_subject_to_object()
    {
        var events = Events("Chile condemned Peru on Monday.");
        Assert.True(Has(events, "CHL", "PER", "11"));
        Assert.False(Has(events, "PER", "CHL", "11"));
    }

    [Fact]
    public void Passive_voice_takes_the_source_from_the_by_phrase()
    {
        var events = Events("Peru was condemned by Chile on Monday.");
        Assert.True(Has(events, "CHL", "PER", "11"));
        Assert.False(Has(events, "PER", "CHL", "11"));
    }

    [Fact]
    public void Coordinated_subject_of_a_symmetric_verb_codes_both_directions()
    {
        var events = Events("Norway and Finland signed a fisheries agreement in Oslo.");
        Assert.True(Has(events, "NOR", "FIN", "05"));
        Assert.True(Has(events, "FIN", "NOR", "05"));
    }

    [Fact]
    public void Symmetric_verb_with_a_with_target_codes_both_directions()
    {
        var events = Events("The Kenyan president met with his Ugandan counterpart in Nairobi.");
        Assert.True(Has(events, "KEN", "UGA", "04"));
        Assert.True(Has(events, "UGA", "KEN", "04"));
    }

    [Fact]
    public void Demonym_and_role_noun_make_a_government_actor()
    {
        var coded = TestEngine.Code("The Austrian foreign minister praised Slovenia.");
        var e = Assert.Single(coded.Events, e => e.Root == "05");
        Assert.Equal("AUTGOV", e.Source);
        Assert.Equal("SVN", e.TargetCountry);
    }

    [Fact]
    public void Agent_of_country_is_one_actor()
    {
        var events = Events("The President of Ghana criticized Togo.");
        Assert.True(Has(events, "GHA", "TGO", "11"));
    }

    [Fact]
    public void Negated_act_is_not_coded()
    {
        var events = Events("Chile did not condemn Peru.");
        Assert.DoesNotContain(events, e => e.Root == "11");
    }

    [Fact]
    public void Future_act_is_coded_as_an_intention()
    {
        var e = Assert.Single(Events("The Estonian prime minister will visit Latvia next week."), e => e.SourceCountry == "EST");
        Assert.Equal(Modality.Intended, e.Modality);
        Assert.Equal("036", e.Code);
    }

    [Fact]
    public void Apposition_introduces_a_person_for_the_rest_of_the_article()
    {
        var coded = TestEngine.Code(
            "Ilona Varga, the Hungarian Minister of Foreign Affairs, arrived in Vienna. Varga later praised Austria.");
        Assert.Contains(coded.Facts.OfType<OfficeFact>(), f => f.Person == "Ilona Varga" && f.Country == "HUN");
        Assert.True(Has(coded.Events, "HUN", "AUT", "05"));
    }

    [Fact]
    public void Role_without_a_state_refers_back_to_the_last_holder_of_that_role()
    {
        var coded = TestEngine.Code(
            "Ecuadorian Foreign Minister Rosa Mena met Bolivian officials in La Paz. The Foreign Minister thanked Bolivia.");
        Assert.True(Has(coded.Events, "ECU", "BOL", "05"));
    }

    [Fact]
    public void The_two_leaders_refers_to_the_two_states_in_focus()
    {
        var coded = TestEngine.Code(
            "The Brazilian president spoke with the Argentine president on Tuesday. The two leaders agreed to hold further talks.",
            "2025-07-18");
        Assert.True(Has(coded.Events, "BRA", "ARG", "03"));
        Assert.True(Has(coded.Events, "ARG", "BRA", "03"));
    }

    [Fact]
    public void Light_verb_defers_to_its_event_noun()
    {
        var events = Events("Vietnam held talks with Cambodia on border trade.");
        Assert.True(Has(events, "VNM", "KHM", "04"));
    }

    [Fact]
    public void Event_noun_with_its_own_actors_is_coded()
    {
        var events = Events("Officials described the Syrian missile attack on Jordan as reckless.");
        Assert.True(Has(events, "SYR", "JOR", "19"));
    }

    [Fact]
    public void Relative_clause_subject_is_the_noun_it_attaches_to()
    {
        var events = Events("Morocco, which hosted the summit, praised Tunisia.");
        Assert.True(Has(events, "MAR", "TUN", "05"));
    }

    [Fact]
    public void Weekday_resolves_to_the_most_recent_such_day()
    {
        var e = Assert.Single(Events("Chile condemned Peru on Friday.", "2025-07-20"), e => e.Root == "11");
        Assert.Equal("2025-07-18", e.Date.ToString());
    }

    [Fact]
    public void Sentences_without_a_date_inherit_the_articles_reference_date()
    {
        var coded = TestEngine.Code("Chile condemned Peru on July 3. Chile also criticized Bolivia.", "2025-07-20");
        Assert.All(coded.Events, e => Assert.Equal("2025-07-03", e.Date.ToString()));
    }

    [Fact]
    public void Former_office_holder_is_not_coded_as_the_government()
    {
        // Angela Merkel left the chancellery in December 2021.
        var e = Assert.Single(Events("Angela Merkel criticized Russia.", "2024-03-01"), e => e.Root == "11");
        Assert.NotEqual("DEUGOV", e.Source);
        Assert.Equal("DEU", e.SourceCountry);
    }

    [Fact]
    public void Quoted_first_person_is_the_speaker()
    {
        var coded = TestEngine.Code("\"We condemn Serbia for this,\" the Croatian foreign minister said.");
        Assert.True(Has(coded.Events, "HRV", "SRB", "11"));
    }

    [Fact]
    public void The_guests_are_the_visiting_party()
    {
        var coded = TestEngine.Code("A Kenyan delegation visited Ghana on Monday. Ghana praised the guests.", "2025-07-18");
        Assert.True(Has(coded.Events, "GHA", "KEN", "05"));
    }

    [Fact]
    public void Speaker_of_must_demands_it_of_the_subject()
    {
        var coded = TestEngine.Code("Ivana Horvat, Croatian Foreign Minister\n\nSerbia must stop its attacks on Kosovo.", "2025-07-18");
        Assert.True(Has(coded.Events, "HRV", "SRB", "10"));
        Assert.DoesNotContain(coded.Events, e => e.SourceCountry == "SRB");
    }

    [Fact]
    public void Hypothetical_clause_is_not_an_event()
    {
        var events = Events("Chile warned of consequences if Peru attacks Bolivia.");
        Assert.DoesNotContain(events, e => e.SourceCountry == "PER");
    }

    [Fact]
    public void Purpose_infinitive_is_not_an_event()
    {
        var events = Events("Chile adopted new rules to punish Bolivian companies.");
        Assert.DoesNotContain(events, e => e.SourceCountry == "CHL" && e.TargetCountry == "BOL");
    }

    [Fact]
    public void Present_tense_word_after_a_plain_noun_is_not_a_verb()
    {
        var events = Events("The aid reached refugees and host communities in Jordan and Lebanon.");
        Assert.DoesNotContain(events, e => e.Root == "04");
    }

    [Fact]
    public void Long_list_before_and_is_one_coordinated_subject()
    {
        var events = Events("Foreign Minister Ana Lima (Brazil), the Chilean trade minister, and Foreign Minister Pedro Salas (Peru) signed a fisheries memorandum.");
        Assert.True(Has(events, "BRA", "PER", "05"));
        Assert.True(Has(events, "CHL", "PER", "05"));
    }

    [Fact]
    public void Verb_joined_by_and_shares_the_subject()
    {
        var events = Events("The Latvian foreign ministry accused Minsk of provocations and called on the OSCE to intervene.");
        Assert.True(Has(events, "LVA", "OSCE", "02"));
        Assert.False(Has(events, "BLR", "OSCE", "02"));
    }

    [Fact]
    public void He_refers_to_the_person_who_opened_the_previous_sentence()
    {
        var coded = TestEngine.Code("Portuguese Prime Minister Rui Costa arrived in Madrid. He later spoke by phone with Morocco.");
        Assert.True(Has(coded.Events, "PRT", "MAR", "04"));
    }

    [Fact]
    public void Role_in_a_place_belongs_to_that_places_state()
    {
        var events = Events("Officials in Nairobi condemned Somalia on Monday.");
        Assert.True(Has(events, "KEN", "SOM", "11"));
    }

    [Fact]
    public void A_deadline_is_not_the_event_date()
    {
        var e = Assert.Single(Events("Chile pledged to provide aid to Peru by 2030.", "2025-07-18"), e => e.TargetCountry == "PER");
        Assert.Equal("2025-07-18", e.Date.ToString());
    }
}
