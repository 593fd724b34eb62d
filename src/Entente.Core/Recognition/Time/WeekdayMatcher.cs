using Entente.Records;

namespace Entente.Recognition.Time;

/// <summary>
/// <c>Friday</c>, <c>on Friday</c>, <c>last Friday</c>, <c>this coming Friday</c>, <c>on Tuesday morning</c>, and a
/// weekday followed by its calendar date (<c>on Friday, July 17</c>), where the date wins.
/// </summary>
internal static class WeekdayMatcher
{
    public static bool TryMatch(in TimeContext c, int head, TimeWord word, out TimeMention mention)
    {
        mention = default;
        if (head > 0 && TimeLexicon.IsWeekdayCompound(c.Tokens[head - 1].Norm)) return false;

        var left = LeftContext.Parse(c, head, allowArticle: false);
        if (TryDateAfter(c, head, out var date))
        {
            mention = date with { TokenStart = left.Start };
            return true;
        }

        var end = head + 1;
        if (TimeLexicon.IsPartOfDay(c.At(end))) end++;
        var day = (DayOfWeek)word.Value;
        var published = c.Published;
        // Past: the most recent such day on or before publication; future: the next on or after it.
        // "last" and "next" exclude the publication day itself.
        var (past, future) = left.Deixis switch
        {
            Deixis.Last => Same(DateMath.OnOrBefore(published.AddDays(-1), day)),
            Deixis.Next => Same(DateMath.OnOrAfter(published.AddDays(1), day)),
            _ => (DateMath.OnOrBefore(published, day), DateMath.OnOrAfter(published, day)),
        };
        mention = c.Mention(left.Start, end, PartialDate.OfDay(past), PartialDate.OfDay(future), TimeKind.Weekday);
        return true;
    }

    private static (DateOnly, DateOnly) Same(DateOnly date) => (date, date);

    /// <summary><c>Friday, July 17</c> or <c>Friday 17 July</c>: a month-headed date starting right after the weekday.</summary>
    private static bool TryDateAfter(in TimeContext c, int head, out TimeMention date)
    {
        date = default;
        var first = c.Is(head + 1, ",") ? head + 2 : head + 1;
        var tail = new TimeContext(c.Tokens, c.Published, first);
        for (var i = first; i <= first + 1 && i < c.Tokens.Length; i++)
        {
            var word = TimeLexicon.Classify(c.Tokens[i].Norm);
            if (word.Kind != TimeWordKind.Month) continue;
            return MonthMatcher.TryMatch(tail, i, word, out date)
                && date.TokenStart == first && date.Past.Precision == DatePrecision.Day;
        }
        return false;
    }
}
