using Entente.Records;
using Entente.Tests.Support;
using static Entente.Tests.Support.EventAsserts;

namespace Entente.Tests.Coding;

/// <summary>
/// Constructions that made the coder emit wrong events or wrong dates on text nobody tuned for: times owned by
/// an embedded clause, attributive dates, modals of possibility, questions, complement clauses of reporting verbs
/// and participles modifying an object noun. Each construction has a sentence that must change and one that must
/// not, all written for these tests.
/// </summary>
public sealed class PrecisionConstructionTests
{
    // ---- Dates: which verb owns a time expression ----

    [Fact]
    public void Time_inside_a_to_infinitive_clause_belongs_to_that_clause()
    {
        var events = Events("Chile promised to support Peru to reach its target of doubling exports in 2040.");
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("2025-07-18", e.Date.ToString()));
    }

    [Fact]
    public void Time_inside_a_relative_clause_belongs_to_that_clause()
    {
        var e = Assert.Single(Events("Norway praised the Danish plan, which was unveiled in March 2019."), e => e.Root == "05");
        Assert.Equal("2025-07-18", e.Date.ToString());
    }

    [Fact]
    public void Time_right_after_the_event_still_dates_it()
    {
        var e = Assert.Single(Events("Norway praised Denmark in March 2019."), e => e.Root == "05");
        Assert.Equal("2019-03", e.Date.ToString());
    }

    [Fact]
    public void Time_inside_a_subordinate_clause_belongs_to_that_clause()
    {
        var events = Events("Chile and Peru discussed trade as Peru prepares to host the summit in 2027.");
        Assert.True(Has(events, "CHL", "PER", "04"));
        Assert.All(events, e => Assert.Equal("2025-07-18", e.Date.ToString()));
    }

    [Fact]
    public void Time_inside_a_gerund_clause_belongs_to_that_clause()
    {
        var e = Assert.Single(Events("Chile thanked Peru for hosting the regional forum in 2019."), e => e.Root == "05");
        Assert.Equal("2025-07-18", e.Date.ToString());
    }

    [Fact]
    public void Day_named_from_publication_stays_with_the_reported_event_after_an_infinitive()
    {
        var events = Events("Chile signed an agreement with Peru to expand trade on Monday.");
        Assert.True(Has(events, "CHL", "PER", "05"));
        Assert.All(events, e => Assert.Equal("2025-07-14", e.Date.ToString()));
    }

    [Fact]
    public void Attributive_date_dates_its_noun_not_the_event()
    {
        var e = Assert.Single(Events("Chile congratulated Peru on its June 8 elections."), e => e.Root == "05");
        Assert.Equal("2025-07-18", e.Date.ToString());
    }

    [Fact]
    public void Date_of_the_occasion_at_which_the_act_happens_dates_it()
    {
        var e = Assert.Single(Events("At the June 8 summit, Chile praised Peru."), e => e.Root == "05");
        Assert.Equal("2025-06-08", e.Date.ToString());
    }

    [Fact]
    public void Past_tense_intent_verb_takes_the_past_reading_of_its_date()
    {
        var e = Assert.Single(Events("Since January 20, Chile has committed funds to Peru.", "2025-02-10"), e => e.TargetCountry == "PER");
        Assert.Equal("2025-01-20", e.Date.ToString());
    }

    [Fact]
    public void Future_day_just_before_publication_is_this_years()
    {
        var events = Events("The Chilean foreign minister will travel to Peru from July 17 to July 20.");
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("2025-07-17", e.Date.ToString()));
    }

    [Fact]
    public void Future_day_long_before_publication_is_next_years()
    {
        var e = Assert.Single(Events("The Chilean foreign minister will travel to Peru on June 2.", "2025-07-18"), e => e.SourceCountry == "CHL");
        Assert.Equal("2026-06-02", e.Date.ToString());
    }

    [Fact]
    public void A_since_date_does_not_become_the_reference_date()
    {
        var coded = TestEngine.Code("Since July 3, Chile has criticized Peru. Chile also condemned Bolivia.", "2025-07-18");
        var e = Assert.Single(coded.Events, e => e.TargetCountry == "BOL");
        Assert.Equal("2025-07-18", e.Date.ToString());
    }

    [Fact]
    public void Ordinal_suffix_written_apart_keeps_the_year()
    {
        var e = Assert.Single(Events("On July 3 th , 2020 Chile condemned Peru."), e => e.Root == "11");
        Assert.Equal("2020-07-03", e.Date.ToString());
    }

    // ---- Acts that are not asserted ----

    [Fact]
    public void Modal_of_possibility_asserts_no_act()
    {
        Assert.DoesNotContain(Events("Chile could attack Peru."), e => e.SourceCountry == "CHL");
        Assert.DoesNotContain(Events("Chile can meet Peru in Lima."), e => e.SourceCountry == "CHL");
        Assert.DoesNotContain(Events("Chile should recognize Peru."), e => e.SourceCountry == "CHL");
    }

    [Fact]
    public void Will_still_codes_an_intention()
    {
        var events = Events("Chile will meet Peru.");
        Assert.Contains(events, e => e.SourceCountry == "CHL" && e.TargetCountry == "PER" && e.Modality == Modality.Intended);
    }

    [Fact]
    public void Yes_no_question_asserts_no_act()
    {
        Assert.DoesNotContain(Events("Did Chile condemn Peru?"), e => e.SourceCountry == "CHL");
        Assert.DoesNotContain(Events("Will the Chilean president visit Peru?"), e => e.SourceCountry == "CHL");
        Assert.DoesNotContain(Events("How does Chile plan to work with Peru?"), e => e.SourceCountry == "CHL");
    }

    [Fact]
    public void Infinitive_of_a_questioned_verb_is_questioned_too()
    {
        Assert.DoesNotContain(Events("Does Chile have a plan to support Peru?"), e => e.SourceCountry == "CHL");
    }

    [Fact]
    public void Relative_clause_inside_a_question_is_still_asserted()
    {
        var events = Events("Could you name the Chilean officials who visited Peru?");
        Assert.True(Has(events, "CHL", "PER", "04"));
    }

    [Fact]
    public void Subject_is_not_sought_beyond_a_reporting_verb()
    {
        var events = Events("The Chilean minister said today that allies have agreed to help Peru.");
        Assert.DoesNotContain(events, e => e.SourceCountry == "CHL" && e.TargetCountry == "PER");
    }

    [Fact]
    public void Reported_clause_with_its_own_subject_is_coded()
    {
        var events = Events("Chile said Russia attacked Peru.");
        Assert.True(Has(events, "RUS", "PER", "19"));
    }

    [Fact]
    public void Verb_joined_to_a_reporting_verb_by_and_shares_its_subject()
    {
        var events = Events("Chile underscored its support for Peru and encouraged Bolivia to negotiate.");
        Assert.True(Has(events, "CHL", "BOL", "02"));
    }

    [Fact]
    public void Participle_after_an_object_noun_is_no_verb()
    {
        var events = Events("Chile welcomed the progress made in the talks with Peru.");
        Assert.DoesNotContain(events, e => e.Root == "04");
        Assert.True(Has(events, "CHL", "PER", "05"));
    }

    [Fact]
    public void Participle_with_a_by_agent_is_still_a_reduced_passive()
    {
        var events = Events("Peru welcomed the Chilean delegation hosted by Bolivia.");
        Assert.True(Has(events, "BOL", "CHL", "04"));
    }

    // ---- Verb groups ----

    [Fact]
    public void Adverb_in_ly_stays_inside_the_verb_group()
    {
        Assert.True(Has(Events("Peru was brutally attacked by Chile."), "CHL", "PER", "19"));
        Assert.True(Has(Events("Chile highly values its partnership with Peru."), "CHL", "PER", "05"));
    }

    [Fact]
    public void Passive_without_an_agent_after_an_adverb_codes_nothing()
    {
        Assert.DoesNotContain(Events("Peru was brutally attacked in 2020."), e => e.TargetCountry == "PER" || e.SourceCountry == "PER");
    }

    [Fact]
    public void Word_after_be_without_a_participle_is_an_adjective()
    {
        Assert.DoesNotContain(Events("Chile will be fine with Peru."), e => e.SourceCountry == "CHL");
    }

    [Fact]
    public void Wh_complement_clause_is_no_object()
    {
        Assert.DoesNotContain(Events("Chile discussed how Peru's reforms affect trade."), e => e.SourceCountry == "CHL" && e.TargetCountry == "PER");
        Assert.True(Has(Events("Chile discussed trade with Peru."), "CHL", "PER", "04"));
    }
}
