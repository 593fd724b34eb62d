namespace Entente.Tests.Compatibility;

/// <summary>The TABARI/PETRARCH-1 conventions of <see cref="CodingConventions.Petrarch"/>, on invented dictionaries.</summary>
public sealed class TabariCodingTests : IDisposable
{
    private readonly PetrarchFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private string[] Code(string text, string date = "2012-06-01", EngineOptions? options = null) => _fixture.Code(text, date, options);

    [Fact]
    public void The_first_actor_is_the_source_and_the_first_after_the_verb_the_target()
    {
        Assert.Equal(["ZEM OST 122"], Code("Zembla on Monday condemned the attack on Osterlich."));
    }

    [Fact]
    public void The_longest_matching_pattern_decides_and_synonym_sets_match_their_members()
    {
        Assert.Equal(["ZEM OST 071"], Code("Zembla will send a million gold coins to Osterlich."));
        Assert.Equal(["ZEM OST 154"], Code("Zembla will send troops to Osterlich."));
        Assert.Equal(["ZEM KRK 161"], Code("Zembla cut trade ties with Krakozhia."));
        Assert.Equal(["ZEM KRK 160"], Code("Zembla cut cultural ties with Krakozhia."));
    }

    [Fact]
    public void A_verb_family_with_no_code_and_no_matching_pattern_codes_nothing()
    {
        Assert.Empty(Code("Zembla will send greetings to Osterlich."));
    }

    [Fact]
    public void Agents_join_their_actor_and_an_agent_alone_is_dashes_and_the_agent()
    {
        Assert.Equal(["ZEMGOV OSTCOP 122"], Code("The Zemblan minister condemned the Osterlich police."));
        Assert.Equal(["---GOV OST 122"], Code("A spokeswoman condemned Osterlich."));
        Assert.Equal(["NGOZEM OST 122"], Code("A relief agency of Zembla condemned Osterlich."));
        Assert.Equal(["ZEMGGS OST 122"], Code("Zembla's geese condemned Osterlich."));
    }

    [Fact]
    public void Reverse_codes_and_compound_actors()
    {
        Assert.Equal(["OST ZEM 033", "ZEM OST 032"], Code("Zembla arrived in Osterlich."));
        Assert.Equal(["KRK OST 030", "OST KRK 030"], Code("Osterlich and Krakozhia meet today."));
        Assert.Equal(["KRK OSTLEG 122", "ZEM OSTLEG 122"], Code("Zembla and Krakozhia condemned Osterlich lawmakers."));
        Assert.Equal(["BEL ZEM 122", "HOL ZEM 122", "LUX ZEM 122"], Code("The Low Countries condemned Zembla."));
    }

    [Fact]
    public void Role_nouns_before_of_or_in_are_shared_by_the_actors_after_it()
    {
        Assert.Equal(["KRKGOV ZEM 122", "KRKLEG ZEM 122", "OSTGOV ZEM 122", "OSTLEG ZEM 122"],
            Code("Lawmakers and ministers in Osterlich and Krakozhia condemned Zembla."));
    }

    [Fact]
    public void Pattern_slots_place_source_and_target_and_a_skip_passes_over_a_phrase()
    {
        Assert.Equal(["KRKMIL ZEM 084"], Code("Zembla was freed from the Border Town on Monday."));
        Assert.Equal(["ZEM KRK 043"], Code("Zembla will celebrate the feast at Osterlich with Krakozhia."));
    }

    [Fact]
    public void A_passive_with_by_reverses_the_roles()
    {
        Assert.Equal(["OST ZEM 122"], Code("Zembla was condemned by Osterlich."));
    }

    [Fact]
    public void Actor_codes_are_dated_by_the_record_with_the_undated_code_as_fallback()
    {
        Assert.Equal(["ZEMELI OST 122"], Code("Karlsson condemned Osterlich.", "2009-12-31"));
        Assert.Equal(["ZEMGOV OST 122"], Code("Karlsson condemned Osterlich.", "2014-12-31"));
        Assert.Equal(["ZEMELI OST 122"], Code("Karlsson condemned Osterlich.", "2015-01-01"));
        Assert.Empty(Code("The Old Guard condemned Osterlich.", "1999-01-01"));
        Assert.Equal(["OSTMIL ZEM 122"], Code("The Old Guard condemned Zembla.", "2001-01-01"));
    }

    [Fact]
    public void Without_require_dyad_an_event_keeps_its_unknown_actor_as_dashes()
    {
        var options = EngineOptions.Petrarch with { RequireDyad = false };

        Assert.Empty(Code("Zembla condemned the weather."));
        Assert.Equal(["ZEM --- 122"], Code("Zembla condemned the weather.", options: options));
        Assert.Equal(["---GOV --- 010"], Code("The storm grew, a minister said.", options: options));
    }

    [Fact]
    public void New_actor_length_names_an_unknown_subject_by_its_words()
    {
        Assert.Equal(["\"THE STORM CENTRE\" OST 122"], Code("The storm centre condemned Osterlich.", options: EngineOptions.Petrarch with { NewActorLength = 3 }));
        Assert.Empty(Code("The storm centre condemned Osterlich.", options: EngineOptions.Petrarch with { NewActorLength = 2 }));
    }

    [Fact]
    public void Discard_lists_drop_a_sentence_or_the_whole_story()
    {
        Assert.Equal(["ZEM OST 122"], Code("Zembla condemned Osterlich. Zembla condemned Krakozhia at basketball."));
        Assert.Empty(Code("Zembla condemned Osterlich. The Football League said so."));
        Assert.Equal(["KRK ZEM 122", "ZEM OST 122"], Code("Zembla condemned Osterlich. Krakozhia condemned Zembla at basketball.",
            options: EngineOptions.Petrarch with { HonourDiscards = false }));
    }

    [Fact]
    public void Patterns_with_codes_that_are_no_event_codes_are_left_out()
    {
        Assert.Empty(Code("Zembla praised Osterlich."));
        Assert.Contains(_fixture.Loaded.Warnings, w => w.Message.Contains("[+++]", StringComparison.Ordinal));
    }

    [Fact]
    public void Events_carry_the_pattern_and_the_dictionary_entries_they_rest_on()
    {
        var e = Assert.Single(_fixture.Engine.Code(new Entente.Sources.Article("a", null, "Zembla condemned Osterlich.", new DateOnly(2012, 6, 1))).Events);

        Assert.Equal(("Test.verbs.txt:10", "Test.actors.txt:2", "Test.actors.txt:4"), (e.Rule, e.SourceEntry, e.TargetEntry));
        Assert.Equal((-4.0, 3, "Zembla", "Osterlich"), (e.Goldstein, e.QuadClass, e.SourceText, e.TargetText));
    }

    [Fact]
    public void Entente_conventions_stay_the_default()
    {
        Assert.Equal(CodingConventions.Entente, EngineOptions.Default.Conventions);
        Assert.False(EngineOptions.Default.HonourDiscards);
    }
}
