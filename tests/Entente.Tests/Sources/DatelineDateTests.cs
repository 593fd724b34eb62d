using Entente.Sources;
using Xunit;

namespace Entente.Tests.Sources;

public sealed class DatelineDateTests
{
    [Theory]
    [InlineData("VIENTIANE, July 17 — The delegation arrived.", 7, 17, null)]
    [InlineData("  MINSK, 4 July 2024 – Belarus joined.", 7, 4, 2024)]
    [InlineData("KYIV, Sept. 5, 2025 (Reuters) — Sirens sounded.", 9, 5, 2025)]
    [InlineData("Washington, D.C., April 3 -- Talks.", 4, 3, null)]
    [InlineData("NEW YORK, Feb 29 - Leap day.", 2, 29, null)]
    public void Reads_the_month_day_and_year(string text, int month, int day, int? year)
    {
        Assert.True(DatelineDate.TryParse(text, out var date));
        Assert.Equal(new DatelineDate(month, day, year), date);
    }

    [Theory]
    [InlineData("The minister said, July 17 — was the day.")]
    [InlineData("VIENTIANE, July 32 — No such day.")]
    [InlineData("Talks were held on July 17 in Vientiane.")]
    [InlineData("")]
    public void Ignores_what_is_not_a_dateline(string text) => Assert.False(DatelineDate.TryParse(text, out _));
}
