using Entente.Dictionaries;
using Entente.Tests.Support;

namespace Entente.Tests.Dictionaries;

/// <summary>What the shipped data/ folder must hold (issue #3's coverage), checked on the real files.</summary>
public sealed class ShippedDictionaryTests
{
    private static DictionarySet Set => TestEngine.Instance.Lexicon.Dictionaries;

    [Fact]
    public void The_linter_finds_no_problem_in_the_shipped_dictionaries()
    {
        Assert.Empty(DictionaryLinter.Lint(Set).Select(e => e.ToString()));
    }

    [Fact]
    public void Every_three_digit_cameo_code_has_a_pattern()
    {
        var covered = Set.Patterns.Select(p => p.Code[..Math.Min(3, p.Code.Length)]).ToHashSet(StringComparer.Ordinal);
        var missing = Set.Cameo.Keys.Where(c => c.Length == 3 && !covered.Contains(c)).Order(StringComparer.Ordinal).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void States_cover_the_un_members_and_common_territories()
    {
        var codes = Set.Countries.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        Assert.True(codes.Count >= 195, $"{codes.Count} states");
        foreach (var code in new[] { "BLR", "LAO", "TWN", "XKX", "PSE", "HKG", "ESH", "VAT" }) Assert.Contains(code, codes);
    }

    [Fact]
    public void Every_capital_is_in_the_gazetteer()
    {
        var capitals = Set.Places.Where(p => p.Kind == PlaceKind.Capital).Select(p => (p.Name, p.Country)).ToHashSet();
        Assert.All(Set.Countries.Where(c => c.Capital is not null), c => Assert.Contains((c.Capital!, (string?)c.Code), capitals));
    }

    [Fact]
    public void Organizations_include_the_major_bodies()
    {
        var acronyms = Set.Organizations.Select(o => o.Acronym).ToHashSet(StringComparer.Ordinal);
        Assert.True(acronyms.Count >= 60);
        foreach (var a in new[] { "UN", "EU", "NATO", "AU", "ASEAN", "SCO", "BRICS", "CSTO", "OSCE", "G7", "G20", "WTO", "IMF", "ICC" })
            Assert.Contains(a, acronyms);
    }

    [Fact]
    public void Memberships_name_known_organizations_and_states()
    {
        var orgs = Set.Organizations.Select(o => o.Acronym).ToHashSet(StringComparer.Ordinal);
        var states = Set.Countries.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        Assert.All(Set.Memberships, m =>
        {
            Assert.Contains(m.Org, orgs);
            Assert.Contains(m.Country, states);
        });
    }

    [Fact]
    public void Officials_hold_offices_that_do_not_overlap_for_one_state_and_office()
    {
        var offices = Set.People.SelectMany(p => p.Offices.Select(o => (Person: p.Name, Office: o)))
            .Where(x => x.Office.Kind is OfficeKind.HeadOfState or OfficeKind.HeadOfGovernment or OfficeKind.ForeignMinister)
            .GroupBy(x => (x.Office.Country, x.Office.Kind));
        foreach (var group in offices)
        {
            var ordered = group.Where(x => x.Office.From is not null).OrderBy(x => x.Office.From!.Value.Start).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                var previousEnd = ordered[i - 1].Office.To?.Start ?? DateOnly.MaxValue;
                // A hand-over day may appear as both the end of one tenure and the start of the next.
                Assert.True(previousEnd <= ordered[i].Office.From!.Value.Start.AddDays(1),
                    $"{ordered[i - 1].Person} and {ordered[i].Person} overlap as {group.Key}");
            }
        }
    }

    [Fact]
    public void Belarus_and_laos_officials_are_known_with_dated_offices()
    {
        var lukashenko = Set.People.Single(p => p.Name.Contains("Lukashenko", StringComparison.Ordinal));
        Assert.Equal("BLR", lukashenko.OfficeOn(new DateOnly(2025, 7, 17))!.Country);
        var thongloun = Set.People.Single(p => p.Name == "Thongloun Sisoulith");
        Assert.Equal(OfficeKind.HeadOfState, thongloun.OfficeOn(new DateOnly(2025, 7, 17))!.Kind);
        Assert.Equal(OfficeKind.HeadOfGovernment, thongloun.OfficeOn(new DateOnly(2018, 1, 1))!.Kind);
    }
}
