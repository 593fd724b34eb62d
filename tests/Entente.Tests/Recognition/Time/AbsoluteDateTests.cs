using Entente.Recognition.Time;
using Xunit;

namespace Entente.Tests.Recognition.Time;

public sealed class AbsoluteDateTests
{
    // Published on Sunday 2025-07-20 unless a row says otherwise.
    [Theory]
    [InlineData("The ministers met on July 17 in Vientiane.", "2025-07-20", "2025-07-17", null, "on July 17")]
    [InlineData("July 17 was the day of the signing.", "2025-07-20", "2025-07-17", null, "July 17")]
    [InlineData("They signed the deal on 17 July.", "2025-07-20", "2025-07-17", null, "on 17 July")]
    [InlineData("The agreement was signed on July 17, 2025, in Minsk.", "2025-07-20", "2025-07-17", null, "on July 17, 2025")]
    [InlineData("The agreement was signed on 17 July 2025 in Minsk.", "2025-07-20", "2025-07-17", null, "on 17 July 2025")]
    [InlineData("Talks were held July 17-18 in Geneva.", "2025-07-20", "2025-07-17", null, "July 17-18")]
    [InlineData("Talks were held July 17–18, 2024 in Geneva.", "2025-07-20", "2024-07-17", null, "July 17–18, 2024")]
    [InlineData("Talks were held on 17-18 July in Geneva.", "2025-07-20", "2025-07-17", null, "on 17-18 July")]
    [InlineData("The summit opened on July 17th.", "2025-07-20", "2025-07-17", null, "on July 17th")]
    [InlineData("The summit opened on the 17th of July.", "2025-07-20", "2025-07-17", null, "on the 17th of July")]
    [InlineData("The vote took place on Sept. 11, 2024.", "2025-07-20", "2024-09-11", null, "on Sept. 11, 2024")]
    [InlineData("The mission ended Sep 30 2024.", "2025-07-20", "2024-09-30", null, "Sep 30 2024")]
    [InlineData("The law took effect Dec. 1, 2023.", "2025-07-20", "2023-12-01", null, "Dec. 1, 2023")]
    [InlineData("The riot on Jan. 6 shocked the country.", "2025-07-20", "2025-01-06", "2026-01-06", "on Jan. 6")]
    [InlineData("The April 5 agreement still holds.", "2025-07-20", "2025-04-05", "2026-04-05", "April 5")]
    [InlineData("May 9 marks Victory Day.", "2025-07-20", "2025-05-09", "2026-05-09", "May 9")]
    [InlineData("The vote is due on March 3.", "2025-07-20", "2025-03-03", "2026-03-03", "on March 3")]
    [InlineData("The cease-fire began on December 28.", "2025-01-03", "2024-12-28", "2025-12-28", "on December 28")]
    [InlineData("The talks will resume on January 5.", "2025-12-20", "2025-01-05", "2026-01-05", "on January 5")]
    [InlineData("The ISO date 2025-07-17 appears in the cable.", "2025-07-20", "2025-07-17", null, "2025-07-17")]
    [InlineData("The treaty was signed on 2024-02-29 in Rome.", "2025-07-20", "2024-02-29", null, "on 2024-02-29")]
    [InlineData("On Friday, July 18, the ministers met.", "2025-07-20", "2025-07-18", null, "On Friday, July 18")]
    [InlineData("The ministers met on Friday 18 July in Minsk.", "2025-07-20", "2025-07-18", null, "on Friday 18 July")]
    public void Days(string sentence, string published, string past, string? future, string covered)
    {
        var found = TimeCheck.Expect(sentence, published, past, future, covered);
        Assert.Equal(TimeKind.Absolute, found.Kind);
    }

    [Theory]
    [InlineData("Protests began in July.", "2025-07-20", "2025-07", null, "in July")]
    [InlineData("The elections were held in November.", "2025-02-10", "2024-11", "2025-11", "in November")]
    [InlineData("The delegation will travel in January.", "2025-02-10", "2025-01", "2026-01", "in January")]
    [InlineData("In May, the president visited Hanoi.", "2025-07-20", "2025-05", "2026-05", "In May")]
    [InlineData("Fighting has continued since May.", "2025-07-20", "2025-05", "2026-05", "since May")]
    [InlineData("The mission will last until September.", "2025-07-20", "2024-09", "2025-09", "until September")]
    [InlineData("Inflation peaked in early July.", "2025-07-20", "2025-07", null, "in early July")]
    [InlineData("Inflation peaked in mid-July.", "2025-07-20", "2025-07", null, "in mid-July")]
    [InlineData("Talks stalled at the end of March.", "2025-07-20", "2025-03", "2026-03", "March")]
    [InlineData("Talks began in July 2024.", "2025-07-20", "2024-07", null, "in July 2024")]
    [InlineData("Talks began in July of 2024.", "2025-07-20", "2024-07", null, "in July of 2024")]
    [InlineData("Talks began Jan 2024 and stalled.", "2025-07-20", "2024-01", null, "Jan 2024")]
    [InlineData("The junta has ruled since May 2021.", "2025-07-20", "2021-05", null, "since May 2021")]
    [InlineData("The deal expired on December 31st of 2020.", "2025-07-20", "2020-12-31", null, "on December 31st of 2020")]
    public void Months(string sentence, string published, string past, string? future, string covered)
    {
        var found = TimeCheck.Expect(sentence, published, past, future, covered);
        Assert.Equal(TimeKind.Absolute, found.Kind);
    }

    [Theory]
    [InlineData("The border was closed in 2024.", "2025-07-20", "2024", "in 2024")]
    [InlineData("In 2024, the two countries signed a treaty.", "2025-07-20", "2024", "In 2024")]
    [InlineData("Sanctions have applied since 2015.", "2025-07-20", "2015", "since 2015")]
    [InlineData("The plant should open by mid-2026.", "2025-07-20", "2026", "by mid-2026")]
    [InlineData("The plant should open by mid - 2026.", "2025-07-20", "2026", "by mid - 2026")]
    [InlineData("Growth slowed in early 2024.", "2025-07-20", "2024", "in early 2024")]
    [InlineData("Late 2023 saw a surge in arrivals.", "2025-07-20", "2023", "Late 2023")]
    [InlineData("The budget for fiscal year 2026 was cut.", "2025-07-20", "2026", "2026")]
    [InlineData("The crisis deepened at the end of 2022.", "2025-07-20", "2022", "2022")]
    public void Years(string sentence, string published, string expected, string covered)
    {
        var found = TimeCheck.Expect(sentence, published, expected, null, covered);
        Assert.Equal(TimeKind.Absolute, found.Kind);
    }

    [Theory]
    [InlineData("The strikes hit Kyiv last July.", "2025-07-20", "2024-07", "last July")]
    [InlineData("The strikes hit Kyiv last March.", "2025-07-20", "2025-03", "last March")]
    [InlineData("The summit convenes next March.", "2025-07-20", "2026-03", "next March")]
    [InlineData("The summit convenes this October.", "2025-07-20", "2025-10", "this October")]
    [InlineData("We made a plan in October last year.", "2025-07-20", "2024-10", "in October last year")]
    [InlineData("In January of this year we announced new aid.", "2025-07-20", "2025-01", "In January of this year")]
    [InlineData("The cease-fire has held since July 11th of last year.", "2025-07-20", "2024-07-11", "since July 11th of last year")]
    public void MonthsCountedFromPublication(string sentence, string published, string expected, string covered)
    {
        var found = TimeCheck.Expect(sentence, published, expected, null, covered);
        Assert.Equal(TimeKind.Relative, found.Kind);
    }
}
