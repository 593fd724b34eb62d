using Entente.Recognition.Time;
using Xunit;

namespace Entente.Tests.Recognition.Time;

public sealed class RelativeTimeTests
{
    [Theory]
    [InlineData("The president spoke today with his counterpart.", "2025-07-20", "2025-07-20", "today")]
    [InlineData("At today's conference, donors pledged $2 billion.", "2025-07-20", "2025-07-20", "At today's")]
    [InlineData("The minister arrived earlier today.", "2025-07-20", "2025-07-20", "earlier today")]
    [InlineData("The council meets tonight.", "2025-07-20", "2025-07-20", "tonight")]
    [InlineData("The leaders spoke by phone this morning.", "2025-07-20", "2025-07-20", "this morning")]
    [InlineData("Rebels shelled the town yesterday.", "2025-07-20", "2025-07-19", "yesterday")]
    [InlineData("It undermines yesterday's deal.", "2025-07-20", "2025-07-19", "yesterday's")]
    [InlineData("The troops withdrew yesterday afternoon.", "2025-07-20", "2025-07-19", "yesterday afternoon")]
    [InlineData("The envoy arrives tomorrow.", "2025-07-20", "2025-07-21", "tomorrow")]
    [InlineData("The day before yesterday, the talks collapsed.", "2025-07-20", "2025-07-18", "The day before yesterday")]
    [InlineData("The envoy arrives the day after tomorrow.", "2025-07-20", "2025-07-22", "the day after tomorrow")]
    [InlineData("Drones struck the port last night.", "2025-07-20", "2025-07-19", "last night")]
    [InlineData("Rebels seized the town two days ago.", "2025-07-20", "2025-07-18", "two days ago")]
    [InlineData("Rebels seized the town a couple of days ago.", "2025-07-20", "2025-07-18", "a couple of days ago")]
    [InlineData("The ceasefire collapsed 24 hours ago.", "2025-07-20", "2025-07-19", "24 hours ago")]
    [InlineData("Just 24 hours after finalizing a deal, Russia attacked the port.", "2022-07-23", "2022-07-22", "24 hours after")]
    [InlineData("The minister left a few hours ago.", "2025-07-20", "2025-07-20", "a few hours ago")]
    public void Days(string sentence, string published, string expected, string covered)
    {
        var found = TimeCheck.Expect(sentence, published, expected, null, covered);
        Assert.Equal(TimeKind.Relative, found.Kind);
    }

    [Theory]
    [InlineData("Trade grew last year.", "2025-07-20", "2024", "last year")]
    [InlineData("Trade grew this year.", "2025-07-20", "2025", "this year")]
    [InlineData("Trade will grow next year.", "2025-07-20", "2026", "next year")]
    [InlineData("Last year's talks failed.", "2025-07-20", "2024", "Last year's")]
    [InlineData("The deal was struck late last year.", "2025-07-20", "2024", "late last year")]
    [InlineData("Elections were held last month.", "2025-01-15", "2024-12", "last month")]
    [InlineData("Elections are held this month.", "2025-07-20", "2025-07", "this month")]
    [InlineData("Elections will be held next month.", "2025-12-15", "2026-01", "next month")]
    [InlineData("The envoy visited last week.", "2025-07-03", "2025-06", "last week")]
    [InlineData("The envoy visits this week.", "2025-07-20", "2025-07", "this week")]
    [InlineData("The envoy will visit next week.", "2025-07-28", "2025-08", "next week")]
    [InlineData("The envoy visited this past week.", "2025-07-03", "2025-06", "this past week")]
    [InlineData("The town fell three years ago.", "2025-07-20", "2022", "three years ago")]
    [InlineData("The town fell a year ago.", "2025-07-20", "2024-07", "a year ago")]
    [InlineData("The town fell six months ago.", "2025-07-20", "2025-01", "six months ago")]
    [InlineData("The town fell two weeks ago.", "2025-07-10", "2025-06", "two weeks ago")]
    public void MonthsAndYears(string sentence, string published, string expected, string covered)
    {
        var found = TimeCheck.Expect(sentence, published, expected, null, covered);
        Assert.Equal(TimeKind.Relative, found.Kind);
    }

    [Theory]
    [InlineData("I recently announced the determination.", "2022-03-25", "2022-03", "recently")]
    [InlineData("Tensions rose earlier this year.", "2025-07-20", "2025", "earlier this year")]
    [InlineData("Tensions rose earlier this month.", "2025-07-20", "2025-07", "earlier this month")]
    [InlineData("Tensions rose earlier this week.", "2025-07-20", "2025-07", "earlier this week")]
    [InlineData("Talks resume later this month.", "2025-07-20", "2025-07", "later this month")]
    [InlineData("Fighting intensified in recent weeks.", "2025-07-20", "2025-07", "in recent weeks")]
    [InlineData("Fighting intensified in recent months.", "2025-07-20", "2025", "in recent months")]
    [InlineData("The minister resigned a few days ago.", "2025-07-02", "2025-06", "a few days ago")]
    public void Vague(string sentence, string published, string expected, string covered)
    {
        var found = TimeCheck.Expect(sentence, published, expected, null, covered);
        Assert.Equal(TimeKind.Vague, found.Kind);
    }
}
