using System.Diagnostics;
using Entente.Compatibility.Readers;
using Entente.Tests.Support;

namespace Entente.Tests.Compatibility;

/// <summary>
/// PETRARCH2's production dictionaries (CAMEO.2.0.txt and the Phoenix files) in ../shared/petrarch. The load time is
/// measured with no other test running.
/// </summary>
[Collection(nameof(AloneCollection))]
public sealed class PhoenixSetTests
{
    [Fact]
    public void The_full_Phoenix_set_loads_and_compiles_in_under_two_seconds()
    {
        var folder = SharedFolder.Require("petrarch");
        var files = PetrarchDictionaryFiles.FromPaths([folder]);

        var clock = Stopwatch.StartNew();
        var loaded = PetrarchDictionaryLoader.Load(files, TestEngine.DataDirectory);
        var engine = Engine.Create(loaded.Set, EngineOptions.Petrarch);
        engine.Code(new Entente.Sources.Article("warm", null, "Israel condemned Hamas.", new DateOnly(2015, 1, 1)));
        var elapsed = clock.Elapsed;

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Phoenix set: {elapsed.TotalSeconds:0.00} s ({loaded.ReadTime.TotalSeconds:0.00} s reading); {loaded.Set.CodedActors.Count} actors, "
            + $"{loaded.Set.Agents.Count} agents, {loaded.Set.Patterns.Count} patterns, {loaded.Set.Discards.Count} discards; {loaded.VerbStats}");
        Assert.Equal(["CAMEO.2.0.txt"], files.Verbs.Select(Path.GetFileName));
        Assert.Equal(["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"], files.Actors.Select(Path.GetFileName));
        Assert.Equal((40, 397, 4668, 8), (loaded.VerbStats.Synsets, loaded.VerbStats.Families, loaded.VerbStats.PatternLines, loaded.VerbStats.Transformations));
        // The Phoenix files have a few slips (dates like 2004017, an agent without a code); each is one warning.
        Assert.InRange(loaded.Warnings.Count, 1, 30);
        Assert.True(elapsed < TimeSpan.FromSeconds(2), $"loading took {elapsed.TotalSeconds:0.00} s");
    }

    [Fact]
    public void Actor_codes_follow_the_TABARI_date_rule()
    {
        var folder = SharedFolder.Require("petrarch");
        var set = PetrarchDictionaryLoader.Load(PetrarchDictionaryFiles.FromPaths([folder]), TestEngine.DataDirectory).Set;
        var karzai = set.CodedActors.Single(a => a.Phrase == "HAMID KARZAI");

        Assert.Equal("AFGELI", karzai.CodeOn(new DateOnly(1990, 1, 1)));
        Assert.Equal("AFGGOV", karzai.CodeOn(new DateOnly(2005, 1, 1)));
        Assert.Equal(set.CodedActors.Single(a => a.Phrase == "KARZAI").Codes, karzai.Codes);
    }
}

/// <summary>Tests that time something: run after the parallel ones, one at a time.</summary>
[CollectionDefinition(nameof(AloneCollection), DisableParallelization = true)]
public sealed class AloneCollection;
