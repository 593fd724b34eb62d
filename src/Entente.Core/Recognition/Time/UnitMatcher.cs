using Entente.Records;

namespace Entente.Recognition.Time;

/// <summary>
/// Expressions headed by a unit of time: <c>last year</c>, <c>this month</c>, <c>next week</c>,
/// <c>earlier this year</c>, <c>late last year</c>, <c>two days ago</c>, <c>a year ago</c>, <c>24 hours after</c>,
/// <c>in recent weeks</c>. A counted unit with nothing after it (<c>for three years</c>) is a duration: no mention.
/// </summary>
internal static class UnitMatcher
{
    /// <summary>The count of <c>a few</c> and <c>several</c>.</summary>
    private const int Few = -1;

    public static bool TryMatch(in TimeContext c, int head, TimeWord word, out TimeMention mention)
    {
        mention = default;
        var unit = (TimeUnit)word.Value;
        if (TryCountBefore(c, head, out var count, out var start))
        {
            return (c.Is(head + 1, "ago") || (unit == TimeUnit.Hour && c.Is(head + 1, "after")))
                && TryAgo(c, start, head + 2, unit, count, out mention);
        }
        if (c.Is(head - 1, "recent") && word.Has(TimeWordFlags.Plural))
        {
            // "in recent days/weeks": this month; "in recent months": this year.
            var recent = unit switch
            {
                TimeUnit.Day or TimeUnit.Week => DateMath.MonthOf(c.Published),
                TimeUnit.Month => PartialDate.OfYear(c.Published.Year),
                _ => (PartialDate?)null,
            };
            if (recent is not { } date) return false;
            mention = c.Mention(c.WithPreposition(head - 1), head + 1, date, TimeKind.Vague);
            return true;
        }
        if (word.Has(TimeWordFlags.Plural)) return false;

        var left = LeftContext.Parse(c, head, allowArticle: false);
        if (left.Deixis == Deixis.None || !TryShift(c.Published, unit, left.Deixis, out var shifted)) return false;
        mention = c.Mention(left.Start, head + 1, shifted, left.Vague ? TimeKind.Vague : TimeKind.Relative);
        return true;
    }

    /// <summary>
    /// <c>this year</c> → the publication year; <c>last month</c> → the month before; <c>next week</c> → the month
    /// seven days on (a week does not fit the record's precisions, so it is given as its month).
    /// </summary>
    private static bool TryShift(DateOnly published, TimeUnit unit, Deixis deixis, out PartialDate date)
    {
        var step = deixis switch { Deixis.Last => -1, Deixis.Next => 1, _ => 0 };
        date = unit switch
        {
            TimeUnit.Year => PartialDate.OfYear(published.Year + step),
            TimeUnit.Month => DateMath.MonthAt(DateMath.MonthIndex(published) + step),
            TimeUnit.Week => DateMath.MonthOf(published.AddDays(7 * step)),
            _ => default,
        };
        return unit is TimeUnit.Year or TimeUnit.Month or TimeUnit.Week;
    }

    /// <summary><c>two days ago</c>; <c>24 hours after</c> (the clause it opens happened a day before publication).</summary>
    private static bool TryAgo(in TimeContext c, int start, int end, TimeUnit unit, int count, out TimeMention mention)
    {
        var published = c.Published;
        var few = count == Few;
        PartialDate? date = unit switch
        {
            TimeUnit.Moment => PartialDate.OfDay(published),
            TimeUnit.Hour => PartialDate.OfDay(published.AddDays(few ? 0 : -(count / 24))),
            TimeUnit.Day when few => DateMath.MonthOf(published.AddDays(-3)),
            TimeUnit.Day => PartialDate.OfDay(published.AddDays(-count)),
            TimeUnit.Week => DateMath.MonthOf(published.AddDays(few ? -14 : -7 * count)),
            TimeUnit.Month when few => PartialDate.OfYear(published.AddMonths(-3).Year),
            TimeUnit.Month => DateMath.MonthAt(DateMath.MonthIndex(published) - count),
            // "a year ago" is the same month a year back; "three years ago" only a year.
            TimeUnit.Year when count == 1 => DateMath.MonthAt(DateMath.MonthIndex(published) - 12),
            TimeUnit.Year when !few => PartialDate.OfYear(published.Year - count),
            _ => null,
        };
        // "a few hours ago" is still today; "a few days ago" only roughly placed.
        var kind = few && unit > TimeUnit.Hour ? TimeKind.Vague : TimeKind.Relative;
        mention = date is { } d ? c.Mention(start, end, d, kind) : default;
        return date is not null;
    }

    /// <summary>
    /// The count before a unit: <c>24</c>, <c>two</c>, <c>a</c>, <c>a couple of</c>, or <see cref="Few"/> for
    /// <c>a few</c> and <c>several</c>.
    /// </summary>
    private static bool TryCountBefore(in TimeContext c, int head, out int count, out int start)
    {
        start = head - 1;
        var norm = c.At(start);
        if (norm is "few" or "several")
        {
            count = Few;
        }
        else if (norm == "of" && c.Is(start - 1, "couple"))
        {
            count = 2;
            start--;
        }
        else if (!TimeNumbers.TryCount(norm, out count))
        {
            return false;
        }
        if (norm is "few" or "of" or "hundred" && c.Is(start - 1, "a")) start--; // "a few", "a couple of"
        return true;
    }
}
