using Entente.Text;
using Xunit;

namespace Entente.Tests.Text;

public sealed class DatelineParserTests
{
    [Theory]
    [InlineData("VIENTIANE, July 17 — The ministers met.", "VIENTIANE, July 17 —", "Vientiane", 7, 17)]
    [InlineData("MINSK, July 17 (BelTA) - Belarus and Laos met.", "MINSK, July 17 (BelTA) -", "Minsk", 7, 17)]
    [InlineData("WASHINGTON — The Secretary left.", "WASHINGTON —", "Washington", null, null)]
    [InlineData("Vientiane, 17 July – The ministers met.", "Vientiane, 17 July –", "Vientiane", 7, 17)]
    [InlineData("GENEVA (Reuters) - Talks resumed.", "GENEVA (Reuters) -", "Geneva", null, null)]
    [InlineData("KYIV, Ukraine, Sept. 5, 2025 — Officials said.", "KYIV, Ukraine, Sept. 5, 2025 —", "Kyiv", 9, 5)]
    [InlineData("NEW YORK, March 3 (AP) -- The council met.", "NEW YORK, March 3 (AP) --", "New York", 3, 3)]
    [InlineData("WASHINGTON, D.C. — The talks ended.", "WASHINGTON, D.C. —", "Washington", null, null)]
    [InlineData("MOSCOW, July 17. /TASS/. Russian diplomats met.", "MOSCOW, July 17. /TASS/.", "Moscow", 7, 17)]
    [InlineData("ST. PETERSBURG, June 2 — Leaders gathered.", "ST. PETERSBURG, June 2 —", "St. Petersburg", 6, 2)]
    [InlineData("Buenos Aires, 4 March 2024 - The summit opened.", "Buenos Aires, 4 March 2024 -", "Buenos Aires", 3, 4)]
    [InlineData("Minsk — Belarus hosted the talks.", "Minsk —", "Minsk", null, null)]
    public void Recognizes_datelines(string text, string span, string place, int? month, int? day)
    {
        var dateline = DatelineParser.Parse(text);

        Assert.NotNull(dateline);
        Assert.Equal(span, text[dateline.Span.Start..dateline.Span.End]);
        Assert.Equal(0, dateline.Span.Start);
        Assert.Equal((place, month, day), (dateline.Place, dateline.Month, dateline.Day));
    }

    [Fact]
    public void A_dateline_may_follow_a_headline()
    {
        const string text = "Belarus and Laos sign visa deal\n\nVIENTIANE, July 17 — The ministers met.";
        var dateline = DatelineParser.Parse(text);

        Assert.Equal(new Dateline(new TextSpan(33, 53), "Vientiane", 7, 17), dateline);
    }

    [Theory]
    [InlineData("Belarus and Laos signed a visa agreement on July 17.")]
    [InlineData("Minsk, the capital of Belarus, hosted the talks.")]
    [InlineData("NATO — the alliance — met today.")]
    [InlineData("On July 17 — a Thursday — they met.")]
    [InlineData("July 17 — The ministers met.")]
    [InlineData("The ministers met in Vientiane — and agreed.")]
    [InlineData("Secretary Blinken, July 17 was busy.")]
    [InlineData("The talks ended.\n\nVIENTIANE, July 17 — Another paragraph.")]
    [InlineData("")]
    public void Ordinary_openings_are_not_datelines(string text) => Assert.Null(DatelineParser.Parse(text));
}
