using Entente.Evaluation;
using Xunit;
using static Entente.Tests.Evaluation.Build;

namespace Entente.Tests.Evaluation;

public sealed class ErrorClassTests
{
    private static EventError OnlyMiss(FileResult result) => Assert.Single(result.Missed);

    private static EventError OnlySpurious(FileResult result) => Assert.Single(result.Spurious);

    [Fact]
    public void Swapped_actors_are_a_wrong_direction_on_both_sides()
    {
        var result = Score([Gold("USA", "JAM", "051")], Extracted("JAM", "USA", "051"));

        Assert.Equal(ErrorClass.WrongDirection, OnlyMiss(result).Class);
        Assert.Equal("JAM→USA 051 2022-04-01", OnlyMiss(result).Extracted!.ToString());
        Assert.Equal(ErrorClass.WrongDirection, OnlySpurious(result).Class);
        Assert.Equal("USA→JAM 051 2022-04-01", OnlySpurious(result).Gold!.ToString());
    }

    [Fact]
    public void One_half_of_a_symmetric_pair_is_a_missing_twin()
    {
        var result = Score([Gold("USA", "JAM", "043"), Gold("JAM", "USA", "042")], Extracted("USA", "JAM", "043"));

        var miss = OnlyMiss(result);
        Assert.Equal(ErrorClass.MissingTwin, miss.Class);
        Assert.Equal("JAM→USA 042 2022-04-01", miss.Gold!.ToString());
        Assert.Equal("Alpha met Beta in Kingston.", miss.Text);
        Assert.Empty(result.Spurious);
    }

    [Fact]
    public void Same_actors_and_date_with_another_root_is_a_wrong_root()
    {
        var result = Score([Gold("USA", "JAM", "051")], Extracted("USA", "JAM", "111"));

        Assert.Equal(ErrorClass.WrongRoot, OnlyMiss(result).Class);
        Assert.Equal(ErrorClass.WrongRoot, OnlySpurious(result).Class);
    }

    [Fact]
    public void Same_actors_and_root_on_another_date_is_a_wrong_date()
    {
        var result = Score([Gold("USA", "JAM", "043", "2022-04-01")], Extracted("USA", "JAM", "043", "2022-04-03"));

        Assert.Equal(ErrorClass.WrongDate, OnlyMiss(result).Class);
        Assert.Equal(ErrorClass.WrongDate, OnlySpurious(result).Class);
    }

    [Fact]
    public void Another_actor_in_the_same_sentence_is_a_wrong_actor()
    {
        var result = Score([Gold("USA", "JAM", "043")], Extracted("GBR", "CAN", "042", "2022-05-02"));

        Assert.Equal(ErrorClass.WrongActor, OnlyMiss(result).Class);
        Assert.Equal(ErrorClass.WrongActor, OnlySpurious(result).Class);
    }

    [Fact]
    public void One_shared_actor_on_the_same_date_elsewhere_is_a_wrong_actor()
    {
        var result = Score([Gold("USA", "JAM", "043")], Extracted("USA", "CAN", "040", span: SecondSentence, sentence: 1));

        Assert.Equal(ErrorClass.WrongActor, OnlyMiss(result).Class);
    }

    [Fact]
    public void Nothing_close_is_not_found_and_no_gold()
    {
        var result = Score(
            [Gold("USA", "JAM", "043")],
            Extracted("RUS", "UKR", "190", "2022-02-24", span: SecondSentence, sentence: 1));

        Assert.Equal(ErrorClass.NotFound, OnlyMiss(result).Class);
        Assert.Null(OnlyMiss(result).Extracted);
        var spurious = OnlySpurious(result);
        Assert.Equal(ErrorClass.NoGold, spurious.Class);
        Assert.Equal(("Alpha later condemned Gamma.", 1), (spurious.Text, spurious.Sentence));
    }

    [Fact]
    public void An_extracted_event_that_matched_other_gold_does_not_explain_a_miss()
    {
        // The USA→JAM 043 extraction is correct for its own gold; the 051 miss is simply not found.
        var result = Score([Gold("USA", "JAM", "043"), Gold("USA", "JAM", "051", evidence: "Alpha later condemned Gamma.")], Extracted("USA", "JAM", "043"));

        Assert.Equal(ErrorClass.NotFound, OnlyMiss(result).Class);
    }

    [Fact]
    public void The_result_counts_errors_by_class()
    {
        var a = Score([Gold("USA", "JAM", "051")], Extracted("JAM", "USA", "051"));
        var b = Score([Gold("USA", "JAM", "043")], Extracted("RUS", "UKR", "190", "2021", span: SecondSentence, sentence: 1));

        var result = EvalResult.From([a, b]);

        Assert.Equal([(ErrorClass.NotFound, 1), (ErrorClass.WrongDirection, 1)], result.MissedByClass);
        Assert.Equal([(ErrorClass.NoGold, 1), (ErrorClass.WrongDirection, 1)], result.SpuriousByClass);
    }
}
