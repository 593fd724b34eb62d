using Entente.Compatibility.Readers;
using Entente.Dictionaries;
using Entente.Tests.Sources;

namespace Entente.Tests.Compatibility;

public sealed class VerbDictionaryReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private (VerbDictionary Verbs, List<DictionaryError> Warnings) Read(string text)
    {
        var warnings = new List<DictionaryError>();
        return (VerbDictionaryReader.Read(_folder.Write("x.verbs.txt", text), warnings), warnings);
    }

    private static string Show(EventPattern p) =>
        string.Join(' ', p.Elements.Select(e => (e.Adjacent ? "_" : "") + e.Text)) + $" [{p.Code}{(p.Options.Symmetric ? ":sym" : "")}{(p.Options.ReverseCode is { } r ? ":" + r : "")}]";

    [Fact]
    public void A_family_gives_every_verb_its_patterns_and_a_default()
    {
        var (verbs, warnings) = Read("--- ARRIVE [032:033] ---\nARRIVE\nLAND [036]\n- * IN_SECRET [039]\n");

        Assert.Empty(warnings);
        Assert.Equal(["arrive * [032:033]", "land * [036]", "arrive * IN _SECRET [039]", "land * IN _SECRET [039]"],
            verbs.Patterns.Select(p => $"{p.Lemma} {Show(p)}"));
        Assert.Equal(new VerbDictionaryStats(0, 1, 2, 1, 4, 0), verbs.Stats);
    }

    [Fact]
    public void Multi_word_verbs_keep_their_words_next_to_the_verb_and_irregular_forms_become_entries()
    {
        var (verbs, _) = Read("--- BREAK [161] ---\nBREAK {BROKE BROKEN}\n+BREAK_OFF {+BROKE_OFF +BROKEN_OFF}\nWIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}\n- IN_* TALKS [164]\n");

        Assert.Contains("break * _OFF [161]", verbs.Patterns.Select(p => $"{p.Lemma} {Show(p)}"));
        Assert.Contains("tap IN _WIRE _* TALKS [164]", verbs.Patterns.Select(p => $"{p.Lemma} {Show(p)}"));
        var irregular = verbs.IrregularVerbs.Single(v => v.Lemma == "tap");
        Assert.Equal(("tapped", "tapping"), (irregular.Past, irregular.Ing));
        Assert.Equal(("broke", "broken"), (verbs.IrregularVerbs[0].Past, verbs.IrregularVerbs[0].Participle));
    }

    [Fact]
    public void Synonym_sets_nest_and_decide_plurals()
    {
        var (verbs, _) = Read("&COIN\n+DUCAT\n+GOLD_PIECE\n&WEALTH_\n+&COIN\n+JEWELS\n--- GIVE [070] ---\nGIVE\n- * &WEALTH [071]\n- * &COIN [072]\n");
        var wealth = verbs.Patterns.Single(p => p.Code == "071").Elements[1];
        var coin = verbs.Patterns.Single(p => p.Code == "072").Elements[1];

        Assert.True(coin.Words!.SetEquals(["ducat", "ducats"]));
        Assert.Equal(["gold piece", "gold pieces"], coin.Phrases!.Select(p => string.Join(' ', p)));
        // A trailing '_' on the set's name: no plurals for any member, nested ones included.
        Assert.True(wealth.Words!.SetEquals(["ducat", "jewels"]));
    }

    [Fact]
    public void Source_target_compound_and_skip_markers_and_reverse_codes()
    {
        var (verbs, _) = Read("--- FREE [066] ---\nFREE\n- + WAS * FROM $ [084]\n- % * [030:030]\n- * AT ^ WITH + [:043]\n");

        Assert.Equal(["* [066]", "+ WAS * FROM $ [084]", "% * [030:sym]", "* AT ^ WITH + [---:043]"], verbs.Patterns.Select(Show));
        Assert.Equal(PatternElementKind.Compound, verbs.Patterns[2].Elements[0].Kind);
    }

    [Fact]
    public void PETRARCH2_phrases_become_words_and_a_bare_preposition_holds_the_target()
    {
        var (verbs, _) = Read("--- RUSH [---] ---\nRUSH\n- * (TO) [042:043]\n- * {ARMS SHIPMENT} (TO BORDER) [072]\n~ a (a b ATTACK) SAY = a b 015\n");

        Assert.Equal(["* [---]", "* TO + [042:043]", "* ARMS _SHIPMENT TO BORDER [072]"], verbs.Patterns.Select(Show));
        Assert.Equal(1, verbs.Stats.Transformations);
    }

    [Fact]
    public void Codes_that_are_no_CAMEO_codes_leave_their_pattern_out_with_a_warning()
    {
        var (verbs, warnings) = Read("--- BLAST [+++] ---\nBLAST\n- * STATEMENT [122]\n- * NOISE [xyz]\n");

        // The family's default code is unusable: the verb codes nothing unless a pattern matches.
        Assert.Equal(["* [---]", "* STATEMENT [122]"], verbs.Patterns.Select(Show));
        Assert.Equal(["x.verbs.txt:1: [+++] is not a CAMEO event code; left out", "x.verbs.txt:4: [xyz] is not a CAMEO event code; left out"],
            warnings.Select(w => w.ToString()));
    }

    [Fact]
    public void A_markup_comment_does_not_end_the_patterns()
    {
        var (verbs, _) = Read("<!-- PETRARCH2 stopped reading here -->\n--- MEET [031] ---\nMEET\n<!-- note -->\n- * TALKS [046]\n");

        Assert.Equal(2, verbs.Patterns.Count);
    }
}
