using Entente.Recognition.Time;
using Entente.Records;
using Entente.Text;
using Xunit;

namespace Entente.Tests.Recognition.Time;

public sealed class TimeRecognizerTests
{
    [Theory]
    [InlineData("Sanctions applied from 2015 to 2020.", "from 2015|2015", "to 2020|2020")]
    [InlineData("The fair ran from March 14 to March 16.", "from March 14|2025-03-14", "to March 16|2025-03-16")]
    [InlineData("In 2016 and 2017, the military attacked villages.", "In 2016|2016", "2017|2017")]
    [InlineData("Talks were held in March and April.", "in March|2025-03", "April|2025-04")]
    [InlineData("Yesterday, the ministers agreed to meet again next month.", "Yesterday|2025-07-19", "next month|2025-08")]
    [InlineData("On July 17 they signed a deal, and on Friday they met.", "On July 17|2025-07-17", "on Friday|2025-07-18")]
    public void FindsEachMentionInOrder(string sentence, string first, string second)
    {
        var found = TimeCheck.All(sentence, "2025-07-20");
        Assert.Equal(new[] { first, second }, found.Select(f => $"{f.Text}|{f.Past}"));
    }

    [Fact]
    public void TokenIndicesAreRelativeToTheSpanGiven()
    {
        var tokens = Tokenizer.Tokenize("Intro words . The ministers met on July 17 .");
        var mention = Assert.Single(TimeRecognizer.Find(tokens.AsSpan(3), TimeCheck.Date("2025-07-20")));
        Assert.Equal((3, 6), (mention.TokenStart, mention.TokenEnd));
        Assert.Equal(PartialDate.OfDay(new DateOnly(2025, 7, 17)), mention.Past);
    }

    [Fact]
    public void DateForPicksTheReadingOfTheTense()
    {
        var tokens = Tokenizer.Tokenize("The elections were held in November.");
        var mention = Assert.Single(TimeRecognizer.Find(tokens, TimeCheck.Date("2025-02-10")));
        Assert.Equal("2024-11", mention.DateFor(futureTense: false).ToString());
        Assert.Equal("2025-11", mention.DateFor(futureTense: true).ToString());
    }

    [Fact]
    public void ASentenceWithoutTimeWordsAllocatesNothing()
    {
        var tokens = Tokenizer.Tokenize("Secretary Blinken thanked the Prime Minister for Jamaica's principled stance.");
        var published = TimeCheck.Date("2025-07-20");
        TimeRecognizer.Find(tokens, published); // warm up
        var before = GC.GetAllocatedBytesForCurrentThread();
        var found = TimeRecognizer.Find(tokens, published);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Empty(found);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void AnImpossiblePublicationDateResolvesNothing() =>
        Assert.Empty(TimeRecognizer.Find(Tokenizer.Tokenize("They met yesterday."), default));
}
