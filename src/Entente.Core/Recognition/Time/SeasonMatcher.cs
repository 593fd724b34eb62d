namespace Entente.Recognition.Time;

/// <summary>
/// Seasons, resolved to their northern-hemisphere middle month: <c>autumn 2024</c>, <c>in the autumn of 2024</c>,
/// <c>fall 2024</c>, <c>last summer</c>, <c>in the spring</c>. <c>winter 2024</c> is January 2024: the winter that
/// ends in that year's first months, centred on its January.
/// </summary>
internal static class SeasonMatcher
{
    public static bool TryMatch(in TimeContext c, int head, TimeWord word, out TimeMention mention)
    {
        mention = default;
        var end = head + 1;
        if (TimeNumbers.TryYear(c.At(end), out var year))
        {
            end++;
        }
        else if (c.Is(end, "of"))
        {
            // "the fall of Kabul", "the spring of hope": a season "of" something other than a year is no date.
            if (!TimeNumbers.TryYear(c.At(end + 1), out year)) return false;
            end += 2;
        }
        // "Arab Spring", "Prague Spring": a capitalized word before a capitalized season makes a name.
        if (head > 0 && c.Tokens[head].IsCapitalized && c.Tokens[head - 1].IsCapitalized
            && !TimeLexicon.IsFrameWord(c.Tokens[head - 1].Norm)) return false;

        var left = LeftContext.Parse(c, head, allowArticle: true);
        var middle = word.Value;
        if (year != 0)
        {
            mention = c.Mention(left.Start, end, DateMath.MonthAt(DateMath.MonthIndex(year, middle)), TimeKind.Season);
            return true;
        }
        var bare = left.Framed && (left.Article || !word.Has(TimeWordFlags.NeedsArticle));
        if (left.Deixis == Deixis.None && !bare) return false;

        // A season spans its middle month and one month either side.
        var now = DateMath.MonthIndex(c.Published);
        var lastEnded = DateMath.LatestAtOrBefore(middle, now - 2);
        var nextStarting = DateMath.EarliestAtOrAfter(middle, now + 2);
        var current = DateMath.EarliestAtOrAfter(middle, now - 1);
        var isCurrent = current <= now + 1;
        var (past, future) = left.Deixis switch
        {
            Deixis.Last => (lastEnded, lastEnded),
            Deixis.Next => (nextStarting, nextStarting),
            Deixis.This when isCurrent => (current, current),
            Deixis.This => (lastEnded, nextStarting),
            // "in the spring": the current or latest one for the past tense, the current or next one for the future.
            _ => (DateMath.LatestAtOrBefore(middle, now + 1), current),
        };
        mention = c.Mention(left.Start, end, DateMath.MonthAt(past), DateMath.MonthAt(future), TimeKind.Season);
        return true;
    }
}
