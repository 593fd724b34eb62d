using Entente.Evaluation;
using Xunit;
using static Entente.Tests.Evaluation.Build;

namespace Entente.Tests.Evaluation;

public sealed class ScorerTests
{
    [Fact]
    public void Recall_is_over_required_gold_and_precision_over_extracted()
    {
        var gold = new[] { Gold("USA", "JAM", "043"), Gold("JAM", "USA", "042"), Gold("USA", "JAM", "051"), Gold("USA", "RUS", "111", required: false) };

        var result = Score(gold,
            Extracted("USA", "JAM", "042"),   // root 04 matches the required 043
            Extracted("USA", "RUS", "112"),   // matches only the optional 111: correct, not recall
            Extracted("USA", "CHN", "190"));  // matches nothing

        Assert.Equal(new EventCounts(Required: 3, MatchedRequired: 1, Extracted: 3, CorrectExtracted: 2), result.Events);
        Assert.Equal(2.0 / 3, result.Events.Precision!.Value, 9);
        Assert.Equal(1.0 / 3, result.Events.Recall!.Value, 9);
        Assert.Equal(2 * (2.0 / 3) * (1.0 / 3) / (2.0 / 3 + 1.0 / 3), result.Events.F1!.Value, 9);
    }

    [Fact]
    public void One_extracted_event_satisfies_one_gold_event_at_most()
    {
        var gold = new[] { Gold("USA", "ARM", "057"), Gold("USA", "ARM", "057") };

        var one = Score(gold, Extracted("USA", "ARM", "057"));
        var two = Score(gold, Extracted("USA", "ARM", "057"), Extracted("USA", "ARM", "057"));

        Assert.Equal((1, 2, 1, 1), (one.Events.MatchedRequired, one.Events.Required, one.Events.CorrectExtracted, one.Events.Extracted));
        Assert.Equal(1.0, two.Events.Recall);
    }

    [Fact]
    public void Duplicates_of_one_event_are_all_correct_for_precision()
    {
        var result = Score([Gold("USA", "JAM", "043")], Extracted("USA", "JAM", "043"), Extracted("USA", "JAM", "040"));

        Assert.Equal((1, 2, 2), (result.Events.MatchedRequired, result.Events.CorrectExtracted, result.Events.Extracted));
    }

    [Fact]
    public void The_matching_is_maximum_not_greedy()
    {
        // Greedy would give extracted #1 to gold A (both fit), leaving gold B unmatched.
        var gold = new[] { Gold("USA", "JAM", "04", "2022-04"), Gold("USA", "JAM", "04", "2022-04-01") };

        var result = Score(gold, Extracted("USA", "JAM", "043", "2022-04-01"), Extracted("USA", "JAM", "043", "2022-04-20"));

        Assert.Equal(2, result.Events.MatchedRequired);
    }

    [Theory]
    [InlineData("2022-04", "2022-04-01", true)]
    [InlineData("2022-04", "2022-04-30", true)]
    [InlineData("2022", "2022-11", true)]
    [InlineData("2022-04-01", "2022-04-01", true)]
    [InlineData("2022-04-01", "2022-04-02", false)]
    [InlineData("2022-04-01", "2022-04", false)]
    [InlineData("2022-04", "2022", false)]
    [InlineData("2022-04", "2022-05-01", false)]
    [InlineData("2022", "2021-12-31", false)]
    public void Dates_agree_at_the_gold_precision(string gold, string extracted, bool agrees) =>
        Assert.Equal(agrees, EventMatcher.DateAgrees(Date(gold), Date(extracted)));

    [Fact]
    public void Organizations_are_compared_by_acronym_and_bare_codes_by_their_first_letters()
    {
        var toUn = Extracted("USA", null, "021") with { Target = "IGOUNO", TargetOrg = "UN" };
        var bare = Extracted(null, null, "021") with { Source = "USAGOV", Target = "UN" };

        Assert.True(EventMatcher.Matches(Gold("USA", "UN", "020"), toUn));
        Assert.False(EventMatcher.Matches(Gold("USA", "IGO", "020"), toUn));
        Assert.True(EventMatcher.Matches(Gold("usa", "un", "020"), bare));
        // A country code set on the record wins over the full code.
        Assert.False(EventMatcher.Matches(Gold("USA", "JAM", "020"), Extracted("USA", "RUS", "021") with { Target = "JAMGOV" }));
    }

    [Fact]
    public void Totals_are_micro_averaged_over_files()
    {
        var a = Scorer.ScoreArticle(Article([Gold("USA", "JAM", "043")], id: "a"), Coded([Extracted("USA", "JAM", "043")], id: "a"));
        var b = Scorer.ScoreArticle(
            Article([Gold("USA", "JAM", "043"), Gold("JAM", "USA", "042"), Gold("USA", "JAM", "051")], id: "b"),
            Coded([Extracted("RUS", "UKR", "190")], id: "b"));

        var total = EvalResult.From([a, b]).Overall;

        Assert.Equal(new EventCounts(4, 1, 2, 1), total);
        Assert.Equal(0.25, total.Recall);
        Assert.Equal(0.5, total.Precision);
    }

    [Fact]
    public void Gold_articles_are_paired_with_coded_articles_by_id()
    {
        var gold = new[] { Article([Gold("USA", "JAM", "043")], id: "x"), Article([Gold("USA", "JAM", "043")], id: "y") };

        var result = Scorer.Score(gold, [Coded([Extracted("USA", "JAM", "043")], id: "y"), Coded([Extracted("USA", "JAM", "043")], id: "other")]);

        Assert.Equal(["x", "y"], result.Files.Select(f => f.Id));
        Assert.Equal((0, 1), (result.Files[0].Events.MatchedRequired, result.Files[1].Events.MatchedRequired));
        Assert.Null(result.Files[0].Events.Precision);
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData(null, 0.0, 0.0)]
    [InlineData(1.0, null, null)]
    [InlineData(0.5, 0.5, 0.5)]
    [InlineData(0.0, 0.0, 0.0)]
    public void F1_is_undefined_only_when_nothing_defines_it(double? precision, double? recall, double? f1) =>
        Assert.Equal(f1, Ratios.F1(precision, recall));
}
