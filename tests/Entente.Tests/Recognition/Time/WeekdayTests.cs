using Entente.Recognition.Time;
using Xunit;

namespace Entente.Tests.Recognition.Time;

public sealed class WeekdayTests
{
    // 2025-07-20 is a Sunday.
    [Theory]
    [InlineData("Blinken met with Jamaican Prime Minister Andrew Holness Friday in Washington.", "2022-04-03", "2022-04-01", "2022-04-08", "Friday")]
    [InlineData("The ministers met on Friday.", "2025-07-20", "2025-07-18", "2025-07-25", "on Friday")]
    [InlineData("The ministers met last Friday.", "2025-07-20", "2025-07-18", null, "last Friday")]
    [InlineData("The ministers meet next Friday.", "2025-07-20", "2025-07-25", null, "next Friday")]
    [InlineData("The ministers meet this Friday.", "2025-07-20", "2025-07-18", "2025-07-25", "this Friday")]
    [InlineData("The ministers met this past Friday.", "2025-07-20", "2025-07-18", null, "this past Friday")]
    [InlineData("The ministers meet this coming Friday.", "2025-07-20", "2025-07-25", null, "this coming Friday")]
    [InlineData("The strike hit on Tuesday morning.", "2025-07-20", "2025-07-15", "2025-07-22", "on Tuesday morning")]
    [InlineData("Voters went to the polls on Sunday.", "2025-07-20", "2025-07-20", null, "on Sunday")]
    [InlineData("Voters went to the polls last Sunday.", "2025-07-20", "2025-07-13", null, "last Sunday")]
    [InlineData("Voters go to the polls next Sunday.", "2025-07-20", "2025-07-27", null, "next Sunday")]
    [InlineData("Friday's attack killed 12 people.", "2025-07-20", "2025-07-18", "2025-07-25", "Friday's")]
    public void Weekdays(string sentence, string published, string past, string? future, string covered)
    {
        var found = TimeCheck.Expect(sentence, published, past, future, covered);
        Assert.Equal(TimeKind.Weekday, found.Kind);
    }
}
