using Entente.Knowledge;
using Entente.Records;
using Entente.Tests.Output;
using Entente.Tests.Support;

namespace Entente.Tests.Store;

/// <summary>The merging rules of Knowledge/, without a database.</summary>
public sealed class KnowledgeTests
{
    [Fact]
    public void Reports_of_one_event_in_one_article_merge_and_other_codes_stay_apart()
    {
        var e = Sample.Event;
        var coded = Sample.Coded([e, e with { Sentence = 1 }, e with { Code = "043" }]);

        var digest = ArticleDigest.Of(coded, OfficeClassifier.Empty);

        Assert.Equal(2, digest.Events.Count);
        Assert.Equal(2, digest.Events[0].Mentions.Count);
        Assert.Equal(new EventKey("2025-07-17", "BLRGOV", "LAOGOV", "042"), digest.Events[0].Key);
        Assert.Equal(["BLRGOV", "LAOGOV"], digest.Actors.Select(a => a.Code));
        Assert.Equal("GOV", digest.Actors[0].Agent);
    }

    [Fact]
    public void Fact_keys_follow_the_kind()
    {
        var offices = new OfficeClassifier(Engine().Lexicon.Dictionaries.Agents);

        Assert.Equal("maxim ryzhenkov|BLR", FactIdentity.Of(Sample.Office, offices).Key);
        Assert.Equal("BLR|FM", FactIdentity.Of(Sample.Office, offices).Group);
        Assert.Equal("LAO|SCO|partner", FactIdentity.Of(Sample.Membership, offices).Key);
        Assert.Equal("LAO|SCO", FactIdentity.Of(Sample.Membership, offices).Group);
        var reversed = Sample.Agreement with { Parties = ["LAO", "BLR"] };
        Assert.Equal(FactIdentity.Of(Sample.Agreement, offices), FactIdentity.Of(reversed, offices));
        Assert.Null(FactIdentity.Of(Sample.Agreement, offices).Group);
    }

    [Theory]
    [InlineData("Foreign Minister", "BLR|FM")]
    [InlineData("Minister of Foreign Affairs", "BLR|FM")]
    [InlineData("Belarusian Prime Minister", "BLR|HOG")]
    [InlineData("Deputy Prime Minister", "BLR|role:deputy prime minister")]
    [InlineData("Minister of Health", "BLR|role:minister of health")]
    public void An_office_is_its_kind_when_agents_txt_names_one_and_its_role_otherwise(string role, string group)
    {
        var offices = new OfficeClassifier(Engine().Lexicon.Dictionaries.Agents);

        Assert.Equal(group, offices.GroupOf("BLR", role));
    }

    [Fact]
    public void A_later_fact_closes_the_earlier_one_whatever_the_order_given()
    {
        var closings = FactTimeline.Close([new(2, 20250901), new(1, 20090601), new(3, 20250901)]);

        Assert.Equal(new FactTimeline.Closing(2, null, null), closings[0]);
        Assert.Equal(new FactTimeline.Closing(1, 20250901, 2), closings[1]);
        Assert.Equal(new FactTimeline.Closing(3, null, null), closings[2]);
    }

    [Theory]
    [InlineData("2024", 20240101, 20241231)]
    [InlineData("2024-02", 20240201, 20240229)]
    [InlineData("2025-07-17", 20250717, 20250717)]
    public void Partial_dates_cover_their_whole_span(string date, int first, int last)
    {
        Assert.True(PartialDate.TryParse(date, out var d));
        Assert.Equal(first, DayNumber.First(d));
        Assert.Equal(last, DayNumber.Last(d));
    }

    [Fact]
    public void Outlets_are_named_or_taken_from_the_url()
    {
        Assert.Equal("Lima Post", ArticleDigest.OutletKeyOf(" Lima Post ", null));
        Assert.Equal("example.org", ArticleDigest.OutletKeyOf(null, "https://example.org/news/1"));
        Assert.Equal("", ArticleDigest.OutletKeyOf(null, null));
    }

    private static Engine Engine() => TestEngine.Instance;
}
