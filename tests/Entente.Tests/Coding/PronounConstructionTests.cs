using Entente.Tests.Support;
using static Entente.Tests.Support.EventAsserts;

namespace Entente.Tests.Coding;

/// <summary>
/// "it" and "they" as clause subjects: resolved to the one compatible subject of the clause before them (same
/// sentence) or of the previous sentence, and left alone when the "it" is empty, an object, a person would be
/// needed, or more than one candidate stands before. Sentences written for these tests.
/// </summary>
public sealed class PronounConstructionTests
{
    [Fact]
    public void It_opening_a_sentence_takes_the_previous_sentences_state_subject()
    {
        var events = Events("Chile hosted a regional forum on trade. It also praised Peru for its reforms.");
        Assert.True(Has(events, "CHL", "PER", "05"));
    }

    [Fact]
    public void It_takes_an_institution_subject()
    {
        var events = Events("The Chilean government hosted the forum. It also praised Peru for its reforms.");
        Assert.True(Has(events, "CHL", "PER", "05"));
    }

    [Fact]
    public void It_after_a_reporting_verb_takes_the_reporters_subject()
    {
        var events = Events("Chile said it would send humanitarian aid to Peru.");
        Assert.True(Has(events, "CHL", "PER", "03"));
    }

    [Fact]
    public void It_opening_a_coordinated_clause_takes_the_first_clauses_subject()
    {
        var events = Events("Chile criticized Peru, and it also accused Bolivia of espionage.");
        Assert.True(Has(events, "CHL", "BOL", "11"));
    }

    [Fact]
    public void They_takes_a_coordinated_subject_of_the_previous_sentence()
    {
        var events = Events("Chile and Peru met in Lima on Monday. They signed a trade agreement.");
        Assert.True(Has(events, "CHL", "PER", "05"));
        Assert.True(Has(events, "PER", "CHL", "05"));
    }

    [Fact]
    public void They_takes_a_plural_role_subject()
    {
        var events = Events("Peruvian troops attacked a Bolivian village on Monday. They also shelled Ecuador.");
        Assert.True(Has(events, "PER", "ECU", "19"));
    }

    [Fact]
    public void Empty_it_of_a_passive_or_copula_resolves_nothing()
    {
        Assert.DoesNotContain(Events("Chile hosted the forum. It was agreed to expand aid to Peru."), e => e.TargetCountry == "PER");
        Assert.DoesNotContain(Events("Chile hosted the forum. It is important to praise Peru for its reforms."), e => e.TargetCountry == "PER");
    }

    [Fact]
    public void It_with_two_candidate_subjects_resolves_nothing()
    {
        var events = Events("Chile criticized Peru, while Bolivia praised Ecuador. It also accused Argentina of espionage.");
        Assert.DoesNotContain(events, e => e.TargetCountry == "ARG");
    }

    [Fact]
    public void It_never_refers_to_a_person()
    {
        var events = Events("President Gabriel Boric met the Peruvian foreign minister. It also praised Bolivia.");
        Assert.DoesNotContain(events, e => e.TargetCountry == "BOL");
    }

    [Fact]
    public void They_never_refers_to_a_single_state()
    {
        var events = Events("Chile criticized Peru. They also accused Bolivia of espionage.");
        Assert.DoesNotContain(events, e => e.TargetCountry == "BOL");
    }

    [Fact]
    public void They_in_a_subordinate_clause_after_other_nouns_resolves_nothing()
    {
        var events = Events("Chile supports the people of Peru as they defend themselves against Bolivia.");
        Assert.DoesNotContain(events, e => e.TargetCountry == "BOL");
    }

    [Fact]
    public void It_as_an_object_is_no_subject()
    {
        var events = Events("Chile sent aid to Peru to help it defend itself against Bolivia.");
        Assert.DoesNotContain(events, e => e.TargetCountry == "BOL");
    }

    [Fact]
    public void It_never_refers_to_a_coordinated_subject()
    {
        var events = Events("Chile and Peru met in Lima on Monday. It also praised Bolivia.");
        Assert.DoesNotContain(events, e => e.TargetCountry == "BOL");
    }

    [Fact]
    public void Participle_right_after_a_verb_modifies_its_object()
    {
        // "shared" is an adjective of "concerns", not a verb whose subject is Chile and Peru.
        var events = Events("Chile and Peru met to discuss shared concerns of Bolivia.");
        Assert.DoesNotContain(events, e => e.Code == "019");
    }
}
