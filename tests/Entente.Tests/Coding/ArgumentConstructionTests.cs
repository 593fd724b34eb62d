using Entente.Tests.Support;
using static Entente.Tests.Support.EventAsserts;

namespace Entente.Tests.Coding;

/// <summary>
/// Whose act a verb codes when its subject is not the nearest actor before it: an infinitive completing a
/// possessed intent noun, a finite verb joined by "and" after an infinitive, an actor nested deep inside an abstract
/// object, and words after "and" that only look like verbs. Sentences written for these tests.
/// </summary>
public sealed class ArgumentConstructionTests
{
    [Fact]
    public void Possessor_of_an_intent_noun_is_the_source_of_its_infinitive()
    {
        var events = Events("Chile welcomed Peru's pledge to provide aid to Bolivia.");
        Assert.True(Has(events, "CHL", "PER", "05"));
        Assert.True(Has(events, "PER", "BOL", "03"));
        Assert.False(Has(events, "CHL", "BOL", "03"));
    }

    [Fact]
    public void Possessor_reaches_over_an_adjective_before_the_intent_noun()
    {
        var events = Events("Chile praised Peru's recent offer to mediate between Bolivia and Ecuador.");
        Assert.True(Has(events, "PER", "BOL", "03"));
        Assert.False(Has(events, "CHL", "BOL", "03"));
    }

    [Fact]
    public void Intent_verb_without_a_possessed_noun_keeps_its_subject()
    {
        var events = Events("Chile pledged to provide aid to Bolivia.");
        Assert.True(Has(events, "CHL", "BOL", "03"));
    }

    [Fact]
    public void Finite_verb_joined_after_an_infinitive_shares_the_finite_verbs_subject()
    {
        // "condemned" goes with "urged" (Chile), not with "to release" (Peru).
        var events = Events("Chile urged Peru to release the prisoners, and condemned Bolivia.");
        Assert.True(Has(events, "CHL", "BOL", "11"));
        Assert.False(Has(events, "PER", "BOL", "11"));
    }

    [Fact]
    public void Actor_nested_two_phrases_inside_an_abstract_object_is_not_the_target()
    {
        var events = Events("Chile recognized its responsibility for the war against Peru.");
        Assert.DoesNotContain(events, e => e.SourceCountry == "CHL" && e.TargetCountry == "PER");
    }

    [Fact]
    public void Actor_inside_of_phrases_is_still_the_target()
    {
        Assert.True(Has(Events("Chile praised the courage of the soldiers of Peru."), "CHL", "PER", "05"));
        Assert.True(Has(Events("Chile praised the work of Peru."), "CHL", "PER", "05"));
    }

    [Fact]
    public void Third_person_form_after_an_infinitive_and_and_is_a_noun()
    {
        var events = Events("Chile will work to protect our interests and values, support Bolivia and deepen ties.");
        Assert.DoesNotContain(events, e => e.Rule.StartsWith("value", StringComparison.Ordinal));
    }
}
