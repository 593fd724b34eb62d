using Entente.Compatibility.Readers;
using Entente.Dictionaries;
using Entente.Tests.Sources;

namespace Entente.Tests.Compatibility;

public sealed class ActorDictionaryReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private (List<CodedActor> Actors, List<DictionaryError> Warnings) Read(string text)
    {
        var warnings = new List<DictionaryError>();
        return (ActorDictionaryReader.Read(_folder.Write("x.actors.txt", text), warnings), warnings);
    }

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Entries_synonyms_and_several_codes_on_one_line()
    {
        var (actors, warnings) = Read("ZEMBLA_  [ZEM]\n+ZEMBLAN   # a comment\nPIETRO_ROSSI_\t[ZEMGOV 950101-991231] [ZEMELI]\n");

        Assert.Empty(warnings);
        Assert.Equal(["ZEMBLA", "ZEMBLAN", "PIETRO ROSSI"], actors.Select(a => a.Phrase));
        Assert.Equal("ZEM", actors[1].CodeOn(D(2000, 1, 1)));
        Assert.Equal(["ZEMGOV", "ZEMELI"], actors[2].Codes.Select(c => c.Code));
        Assert.Equal((D(1995, 1, 1), D(2000, 1, 1)), (actors[2].Codes[0].From!.Value, actors[2].Codes[0].Until!.Value));
    }

    [Fact]
    public void Dated_codes_follow_the_TABARI_rule_with_the_undated_code_as_fallback()
    {
        var (actors, _) = Read("ANNA_KARLSSON\n+KARLSSON\n\t[ZEMELI]\n\t[ZEMGOV 20100101 - 20141231]\n\t[ZEMREB > 20150101]\n\t[ZEMCIV < 900101]\n");
        var anna = actors[0];

        Assert.Equal("ZEMCIV", anna.CodeOn(D(1989, 12, 31)));
        Assert.Equal("ZEMGOV", anna.CodeOn(D(2014, 12, 31)));   // TABARI counts the last day of a range in
        Assert.Equal("ZEMELI", anna.CodeOn(D(2005, 6, 1)));   // no dated code applies: the undated one
        Assert.Equal("ZEMREB", anna.CodeOn(D(2015, 1, 1)));
        Assert.Equal("ZEMELI", actors[1].CodeOn(D(2005, 6, 1)));
    }

    [Fact]
    public void Comments_of_every_kind_and_the_last_entry_of_the_file_are_handled()
    {
        var (actors, warnings) = Read("<!-- one line -->\n<!--\n# OSTERLICH [NOT]\n-->\n<! -- loose -->\nOSTERLICH [OST] <!-- trailing -->\nKRAKOZHIA [KRK]");

        Assert.Empty(warnings);
        Assert.Equal(["OSTERLICH", "KRAKOZHIA"], actors.Select(a => a.Phrase));
    }

    [Fact]
    public void Entry_lines_in_a_row_share_the_codes_that_follow_and_repeated_phrases_collect_codes()
    {
        var (actors, _) = Read("LEO_BRANDT_\nCHANCELLOR_BRANDT\n\t[OSTGOV]\nBRANDT [OSTELI]\nBRANDT [OSTMIL]\n");

        Assert.Equal(["LEO BRANDT", "CHANCELLOR BRANDT", "BRANDT"], actors.Select(a => a.Phrase));
        Assert.Equal("OSTGOV", actors[0].CodeOn(D(2000, 1, 1)));
        Assert.Equal(["OSTELI", "OSTMIL"], actors[2].Codes.Select(c => c.Code));
    }

    [Fact]
    public void Unreadable_dates_are_warnings_with_file_and_line_and_the_rest_loads()
    {
        var (actors, warnings) = Read("ZEMBLA [ZEM]\nKRAKOZHIA\n\t[KRKGOV 2004017-20061201]\n\t[KRK]\n");

        Assert.Equal("x.actors.txt:3: bad date '2004017' (expected YYYYMMDD or YYMMDD)", Assert.Single(warnings).ToString());
        Assert.Equal("KRK", actors[1].CodeOn(D(2005, 1, 1)));
    }

    [Fact]
    public void A_Ctrl_Z_byte_inside_a_name_is_text_not_the_end_of_the_file()
    {
        var (actors, _) = Read("LIA_Z\u001aRA_ [ZEMGOV]\nKRAKOZHIA [KRK]\n");

        Assert.Equal(2, actors.Count);
    }
}
