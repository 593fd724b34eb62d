using Entente.Evaluation;
using Entente.Tests.Support;

namespace Entente.Tests.Evaluation;

/// <summary>
/// Holds the accuracy reached on ../shared/eval/dev: a change that loses more than one required gold event, or
/// more precision than one spurious event costs, fails. Raise the floor in DevSetFloor when accuracy improves.
/// </summary>
public sealed class DevSetGuardTests
{
    private static EvalResult Score()
    {
        var gold = GoldLoader.Load([SharedFolder.Require("eval/dev")]);
        Assert.Empty(gold.Errors);
        var coded = gold.Articles.Select(g => TestEngine.Instance.Code(g.Article)).ToList();
        return Scorer.Score(gold.Articles, coded, Entente.Dictionaries.OrganizationNames.KeyFunction(TestEngine.Instance.Lexicon.Dictionaries));
    }

    [Fact]
    public void Event_recall_holds_the_level_reached()
    {
        var result = Score();
        Assert.True(result.Overall.MatchedRequired >= DevSetFloor.MatchedRequiredEvents - 1,
            $"matched {result.Overall.MatchedRequired} required gold events; floor {DevSetFloor.MatchedRequiredEvents} (one may be lost)");
    }

    [Fact]
    public void Event_precision_holds_the_level_reached()
    {
        var overall = Score().Overall;
        // One spurious event more than at the floor is tolerated.
        var tolerated = (double)overall.CorrectExtracted / (overall.Extracted + 1);
        Assert.True(overall.Precision >= DevSetFloor.EventPrecision || tolerated >= DevSetFloor.EventPrecision - 1e-9,
            $"precision {overall.Precision:F3} ({overall.CorrectExtracted}/{overall.Extracted}); floor {DevSetFloor.EventPrecision:F3}");
    }

    [Fact]
    public void Fact_recall_holds_the_level_reached()
    {
        var facts = Score().Facts;
        var matched = facts.Office.Matched + facts.Membership.Matched + facts.Agreement.Matched;
        Assert.True(matched >= DevSetFloor.MatchedFacts - 1, $"matched {matched} gold facts; floor {DevSetFloor.MatchedFacts}");
    }
}
