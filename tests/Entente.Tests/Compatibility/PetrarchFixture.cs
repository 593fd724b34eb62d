using Entente.Compatibility.Readers;
using Entente.Dictionaries;
using Entente.Sources;
using Entente.Tests.Sources;
using Entente.Tests.Support;

namespace Entente.Tests.Compatibility;

/// <summary>
/// Tiny PETRARCH-format dictionaries written for these tests (invented names, no text from the PETRARCH files),
/// loaded with the repository's grammar files into an engine with PETRARCH conventions.
/// </summary>
internal sealed class PetrarchFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public const string Actors = """
        <!-- invented actors -->
        ZEMBLA_  [ZEM]
        +ZEMBLAN
        OSTERLICH [OST]
        +OSTERLICHER
        KRAKOZHIA [KRK]
        LOW_COUNTRIES [HOL/BEL/LUX]
        ANNA_KARLSSON   # a dated official
        +KARLSSON
        	[ZEMELI <20100101]
        	[ZEMGOV 20100101-20141231]
        	[ZEMELI]
        OLD_GUARD
        	[--- <20000101]
        	[OSTMIL]
        BORDER_TOWN [KRKMIL]
        """;

    public const string Agents = """
        !PERSON! = MAN, MEN, WOMAN, WOMEN
        MINISTER [~GOV]
        GOVERNMENT [~GOV]
        POLICE {} [~COP]
        LAWMAKER [~LEG]
        SPOKES!PERSON! [~GOV]
        RELIEF_AGENCY [NGO~]
        ARMED_FORCES {} [~MIL]
        GOOSE {GEESE} [~GGS]
        """;

    public const string Verbs = """
        <!-- invented verbs, PETRARCH-1 style -->
        &MONEY
        +DUCATS
        +GOLD_COINS
        &TIES_
        +TRADE
        +MILITARY

        --- CONDEMN [122] ---
        CONDEMN

        --- SEND [---] ---
        SEND
        - * &MONEY [071]
        - * TROOPS [154]

        --- ARRIVE [032:033] ---
        ARRIVE

        --- MEET [031] ---
        MEET
        - % * [030:030]

        --- CUT [---] ---
        CUT
        - * &TIES_TIES [161]
        - * TIES [160]

        --- BREAK [161] ---
        BREAK {BROKE BROKEN}
        +BREAK_OFF {+BROKE_OFF +BROKEN_OFF}
        - * TALKS [164]

        --- FREE [066] ---
        FREE
        - + WAS * FROM $ [084]

        --- CELEBRATE [---] ---
        CELEBRATE
        - * FEAST AT ^ WITH + [043]

        --- SAID [010] ---
        SAID

        --- PRAISE [+++] ---
        PRAISE
        """;

    public const string Discards = """
        BASKETBALL
        +FOOTBALL_LEAGUE
        """;

    public PetrarchFixture(string? verbs = null)
    {
        Files = new PetrarchDictionaryFiles(
            [_folder.Write("Test.verbs.txt", verbs ?? Verbs)], [_folder.Write("Test.actors.txt", Actors)],
            [_folder.Write("Test.agents.txt", Agents)], [_folder.Write("Test.discards.txt", Discards)]);
        Loaded = PetrarchDictionaryLoader.Load(Files, TestEngine.DataDirectory);
        Engine = Engine.Create(Loaded.Set, EngineOptions.Petrarch);
    }

    public PetrarchDictionaryFiles Files { get; }
    public PetrarchDictionaries Loaded { get; }
    public Engine Engine { get; }
    public string Folder => _folder.Path;

    /// <summary>The events of a text as <c>SOURCE TARGET CODE</c>, sorted.</summary>
    public string[] Code(string text, string date = "2012-06-01", EngineOptions? options = null)
    {
        var engine = options is null ? Engine : Engine.WithOptions(options);
        var article = new Article("t1", null, text, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        return engine.Code(article).Events.Select(e => $"{e.Source} {e.Target} {e.Code}").Order(StringComparer.Ordinal).ToArray();
    }

    public void Dispose() => _folder.Dispose();
}
