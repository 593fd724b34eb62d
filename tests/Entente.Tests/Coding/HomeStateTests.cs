using Entente.Records;
using Entente.Sources;
using Entente.Tests.Support;

namespace Entente.Tests.Coding;

/// <summary>
/// Officials whose state the text never names take the article's home state: the outlet's state, else the state of
/// known officials named without a state, else the most frequent source, never a state the text gives to the other
/// party of the same person ("X met Peruvian Foreign Minister Y"), and never a tracked office the home state's
/// dictionary holder has. All sentences written for these tests.
/// </summary>
public sealed class HomeStateTests
{
    private static List<OfficeFact> Offices(string text, string? outlet = null, string published = "2022-03-01") =>
        TestEngine.Instance.Code(new Article("h1", null, text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), outlet))
            .Facts.OfType<OfficeFact>().ToList();

    [Fact]
    public void Official_who_meets_a_qualified_foreign_official_is_not_placed_in_that_state()
    {
        var facts = Offices("Special Envoy Marian Holloway met Chilean Foreign Minister Tomas Riquelme in Santiago. "
            + "The Foreign Minister praised Argentina for its support.");
        Assert.Contains(facts, f => f is { Person: "Tomas Riquelme", Country: "CHL" });
        Assert.DoesNotContain(facts, f => f.Person == "Marian Holloway" && f.Country == "CHL");
    }

    [Fact]
    public void Known_official_named_without_a_state_gives_the_home_state()
    {
        var facts = Offices("Secretary of State Antony J. Blinken and Special Envoy Marian Holloway met Chilean Foreign Minister Tomas Riquelme. "
            + "Chile thanked Argentina for its support. Chile praised Peru for its aid.");
        Assert.Contains(facts, f => f is { Person: "Marian Holloway", Country: "USA" });
    }

    [Fact]
    public void Outlet_state_places_unplaced_officials()
    {
        var facts = Offices("Special Envoy Marian Holloway met Chilean Foreign Minister Tomas Riquelme in Santiago.", "U.S. Department of State");
        Assert.Contains(facts, f => f is { Person: "Marian Holloway", Country: "USA" });
        Assert.Contains(facts, f => f is { Person: "Tomas Riquelme", Country: "CHL" });
    }

    [Fact]
    public void Head_of_state_title_held_at_home_by_someone_else_is_not_placed_at_home()
    {
        var facts = Offices("The Secretary will meet President Amadou Kanoute and discuss trade.", "U.S. Department of State");
        Assert.DoesNotContain(facts, f => f.Person == "Amadou Kanoute");
    }

    [Fact]
    public void Spokesperson_in_a_release_about_another_state_stays_at_home()
    {
        var facts = Offices("The following is attributable to Spokesperson Dana Whitcombe:\n\nThe Deputy Secretary and Israeli officials discussed security. Israel welcomed the talks and Israel thanked Jordan.",
            "The White House");
        Assert.Contains(facts, f => f is { Person: "Dana Whitcombe", Country: "USA" });
    }
}
