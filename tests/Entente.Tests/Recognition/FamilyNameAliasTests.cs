using Entente.Records;
using Entente.Tests.Support;

namespace Entente.Tests.Recognition;

/// <summary>
/// A one-word person alias (a family name) inside someone else's longer name is not that person: after a given name or
/// initials that are not the person's own, or before further capitalized name words the dictionaries don't know. Known
/// full names, a surname alone after a title, a surname later in the article, headlines and names followed by a verb
/// or a comma still resolve to the dictionary's person. All sentences written for these tests.
/// </summary>
public sealed class FamilyNameAliasTests
{
    private static List<OfficeFact> Offices(string text, string published = "2019-05-10") =>
        TestEngine.Code(text, published).Facts.OfType<OfficeFact>().ToList();

    private static IReadOnlyList<EventRecord> Events(string text, string published = "2019-05-10") => TestEngine.Code(text, published).Events;

    [Fact]
    public void Family_name_first_name_with_unknown_given_names_is_a_new_person()
    {
        var facts = Offices("Thai Vice Foreign Minister Lavrov Dae Sik visited Hanoi on Monday.");
        Assert.DoesNotContain(facts, f => f.Person == "Sergey Lavrov");
        var f = Assert.Single(facts, f => f.Person == "Lavrov Dae Sik");
        Assert.Equal("THA", f.Country);
    }

    [Fact]
    public void Family_name_after_a_foreign_given_name_is_a_new_person()
    {
        var facts = Offices("Envoy for Arctic Affairs Peter Lavrov arrived in Oslo, and Norway welcomed him.");
        Assert.DoesNotContain(facts, f => f.Person == "Sergey Lavrov");
        Assert.DoesNotContain(Events("Envoy for Arctic Affairs Peter Lavrov arrived in Oslo, and Norway welcomed him."), e => e.SourceCountry == "RUS" || e.TargetCountry == "RUS");
    }

    [Fact]
    public void Family_name_after_initials_is_a_new_person()
    {
        var facts = Offices("Ambassador for Maritime Affairs J.K. Lavrov opened the conference in Lisbon.");
        Assert.DoesNotContain(facts, f => f.Person == "Sergey Lavrov");
    }

    [Fact]
    public void Surname_alone_after_a_title_is_still_the_known_person()
    {
        var f = Assert.Single(Offices("Foreign Minister Lavrov met Chinese officials in Beijing."), f => f.Country == "RUS");
        Assert.Equal("Sergey Lavrov", f.Person);
    }

    [Fact]
    public void Known_full_name_and_own_given_name_still_resolve()
    {
        Assert.Contains(Offices("President Xi Jinping received the delegation in Beijing."), f => f.Person == "Xi Jinping");
        Assert.Contains(Offices("Foreign Minister Sergey V. Lavrov spoke to reporters in Moscow."), f => f.Person == "Sergey Lavrov");
    }

    [Fact]
    public void Surname_followed_by_a_verb_a_comma_or_a_weekday_is_the_known_person()
    {
        Assert.Contains(Events("Lavrov criticized Ukraine."), e => e.SourceCountry == "RUS");
        Assert.Contains(Events("Lavrov, speaking in Minsk, criticized Ukraine."), e => e.SourceCountry == "RUS");
        Assert.Contains(Events("Foreign Minister Lavrov Tuesday criticized Ukraine."), e => e.SourceCountry == "RUS");
    }

    [Fact]
    public void Title_case_headline_keeps_the_known_person()
    {
        Assert.Contains(Events("Lavrov Slams Ukraine Over Grain Deal"), e => e.SourceCountry == "RUS");
    }

    [Fact]
    public void Later_bare_family_name_refers_to_the_person_the_article_introduced()
    {
        var coded = TestEngine.Code(
            "Thai Vice Foreign Minister Lavrov Dae Sik visited Hanoi on Monday.\n\nVice Foreign Minister Lavrov thanked Vietnam for the talks.",
            "2019-05-10");
        var facts = coded.Facts.OfType<OfficeFact>().ToList();
        Assert.DoesNotContain(facts, f => f.Person == "Sergey Lavrov");
        Assert.DoesNotContain(coded.Events, e => e.SourceCountry == "RUS");
        Assert.Contains(coded.Events, e => e.SourceCountry == "THA" && e.TargetCountry == "VNM");
    }

    [Fact]
    public void State_acronym_in_brackets_and_an_ordinal_stay_in_the_title()
    {
        var f = Assert.Single(Offices("Republic of Korea (ROK) First Vice Foreign Minister Park Tae Ho met Japanese officials."), f => f.Person == "Park Tae Ho");
        Assert.Equal("KOR", f.Country);
    }
}
