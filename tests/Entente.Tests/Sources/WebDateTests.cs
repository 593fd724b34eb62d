using Entente.Sources;
using Xunit;

namespace Entente.Tests.Sources;

public sealed class WebDateTests
{
    [Theory]
    [InlineData("2025-07-17", "2025-07-17")]
    [InlineData("2025-07-17T23:59:00-10:00", "2025-07-17")]
    [InlineData(" 2025-07-17 08:00:00Z ", "2025-07-17")]
    [InlineData("Thu, 17 Jul 2025 23:30:00 +0700", "2025-07-17")]
    [InlineData("17 July 2025 10:00 EST", "2025-07-17")]
    [InlineData("Thu, 17 Jul 25 10:00:00 GMT", "2025-07-17")]
    [InlineData("Sept. 5, 2025", "2025-09-05")]
    [InlineData("07/17/2025 10:00:00 +02:00", "2025-07-17")]
    public void Dates_are_read_as_written_without_a_time_zone_shift(string text, string expected)
    {
        Assert.True(WebDate.TryParse(text, out var date));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("31 Feb 2025")]
    [InlineData("2025-13-01")]
    public void Unreadable_dates_are_refused(string text)
    {
        Assert.False(WebDate.TryParse(text, out _));
    }
}
