using Entente.Records;

namespace Entente.Recognition.Time;

/// <summary>
/// Dates headed by a month name: <c>July 17</c>, <c>17 July</c>, <c>the 17th of July</c>, <c>July 17-18, 2025</c>,
/// <c>Sept. 11</c>, <c>July 2024</c>, <c>in early July</c>, <c>last July</c>.
/// </summary>
internal static class MonthMatcher
{
    public static bool TryMatch(in TimeContext c, int head, TimeWord word, out TimeMention mention)
    {
        mention = default;
        var hyphenated = word.Has(TimeWordFlags.MidPrefix);
        // Lower-case "may" and "march" are a modal and a verb; month names are capitalized.
        if (!hyphenated && !c.Tokens[head].IsCapitalized) return false;

        var end = head + 1;
        if (word.Has(TimeWordFlags.Abbreviation) && c.Is(end, ".")) end++;
        var start = head;
        var day = DayAfter(c, ref end);
        if (day == 0) day = DayBefore(c, ref start);
        var year = YearAfter(c, ref end, afterDay: day != 0);
        var relativeYear = year == 0 && TryRelativeYearAfter(c, ref end, out year);

        // "Jan" and "Mar" are names and verbs too: only a day or a year makes them months.
        if (word.Has(TimeWordFlags.Abbreviation) && day == 0 && year == 0) return false;
        var left = LeftContext.Parse(c, start, allowArticle: false);
        if (day == 0 && year == 0 && !hyphenated && !left.Licensed) return false;

        mention = Resolve(c, left, end, word.Value, day, year, relativeYear);
        return true;
    }

    private static TimeMention Resolve(
        in TimeContext c, LeftContext left, int end, int month, int day, int year, bool relativeYear)
    {
        if (year != 0)
        {
            var index = DateMath.MonthIndex(year, month);
            var date = day != 0 ? DateMath.DayOrMonth(index, day) : DateMath.MonthAt(index);
            return c.Mention(left.Start, end, date, relativeYear ? TimeKind.Relative : TimeKind.Absolute);
        }
        var published = DateMath.MonthIndex(c.Published);
        if (day == 0 && left.Deixis != Deixis.None)
        {
            var index = left.Deixis switch
            {
                Deixis.Last => DateMath.LatestAtOrBefore(month, published - 1),
                Deixis.Next => DateMath.EarliestAtOrAfter(month, published + 1),
                _ => DateMath.MonthIndex(c.Published.Year, month),
            };
            return c.Mention(left.Start, end, DateMath.MonthAt(index), TimeKind.Relative);
        }
        // No year: the publication year, unless the tense puts the month on the other side of a year end.
        var past = DateMath.LatestAtOrBefore(month, published);
        var future = DateMath.EarliestAtOrAfter(month, published);
        return day != 0
            ? c.Mention(left.Start, end, DateMath.DayOrMonth(past, day), DateMath.DayOrMonth(FutureDayMonth(c.Published, month, day), day), TimeKind.Absolute)
            : c.Mention(left.Start, end, DateMath.MonthAt(past), DateMath.MonthAt(future), TimeKind.Absolute);
    }

    /// <summary>Days before publication in which a day named with a future verb is still this year's.</summary>
    private const int AnnouncementLagDays = 3;

    /// <summary>
    /// The month of a day named with a future verb: the first such day on or after publication, except that a day
    /// in the few days before publication is that one (a release dated June 1 saying "will travel from May 31").
    /// </summary>
    private static int FutureDayMonth(DateOnly published, int month, int day)
    {
        var floor = published.AddDays(-AnnouncementLagDays);
        var index = DateMath.EarliestAtOrAfter(month, DateMath.MonthIndex(floor));
        var candidate = DateMath.DayOrMonth(index, day);
        return candidate.Precision == DatePrecision.Day && candidate.Start < floor ? index + 12 : index;
    }

    /// <summary><c>July 17</c>, <c>July 17th</c>, <c>July 17-18</c> (the first day of a range).</summary>
    private static int DayAfter(in TimeContext c, ref int end)
    {
        if (!TimeNumbers.TryDay(c.At(end), out var day, out var isRange)) return 0;
        end++;
        // "September 15 th": an ordinal suffix written apart.
        if (c.At(end) is "th" or "st" or "nd" or "rd") end++;
        if (!isRange && c.Is(end, "-") && TimeNumbers.TryDay(c.At(end + 1), out var last, out _) && last > day) end += 2;
        return day;
    }

    /// <summary><c>17 July</c>, <c>17-18 July</c>, <c>the 17th of July</c>.</summary>
    private static int DayBefore(in TimeContext c, ref int start)
    {
        var i = start - 1;
        int day;
        if (c.Is(i, "of") && TimeNumbers.TryOrdinal(c.At(i - 1), out day))
        {
            i--;
        }
        else if (TimeNumbers.TryDay(c.At(i), out day, out var isRange))
        {
            if (!isRange && c.Is(i - 1, "-") && TimeNumbers.TryDay(c.At(i - 2), out var first, out _) && first < day)
            {
                day = first;
                i -= 2;
            }
        }
        else
        {
            return 0;
        }
        if (c.Is(i - 1, "the")) i--;
        start = i;
        return day;
    }

    /// <summary><c>July 2024</c>, <c>July of 2024</c>, <c>July 17, 2025</c>, <c>December 31st of 2020</c>.</summary>
    private static int YearAfter(in TimeContext c, ref int end, bool afterDay)
    {
        var i = end;
        if (c.Is(i, "of") || (afterDay && c.Is(i, ","))) i++;
        if (!TimeNumbers.TryYear(c.At(i), out var year)) return 0;
        end = i + 1;
        return year;
    }

    /// <summary><c>October last year</c>, <c>January of this year</c>, <c>July 11th of last year</c>.</summary>
    private static bool TryRelativeYearAfter(in TimeContext c, ref int end, out int year)
    {
        year = 0;
        var i = c.Is(end, "of") ? end + 1 : end;
        int? step = c.At(i) switch { "last" => -1, "this" => 0, "next" => 1, _ => null };
        if (step is not { } shift || !c.Is(i + 1, "year")) return false;
        year = c.Published.Year + shift;
        end = i + 2;
        return true;
    }
}
