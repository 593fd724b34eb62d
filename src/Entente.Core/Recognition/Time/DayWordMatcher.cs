using Entente.Records;

namespace Entente.Recognition.Time;

/// <summary>
/// Days named from the publication day: <c>today</c>, <c>earlier today</c>, <c>tonight</c>, <c>yesterday morning</c>,
/// <c>tomorrow</c>, <c>this morning</c>, <c>last night</c>; and <c>recently</c> (the publication month).
/// </summary>
internal static class DayWordMatcher
{
    public static bool TryMatch(in TimeContext c, int head, TimeWord word, out TimeMention mention)
    {
        mention = default;
        var published = c.Published;
        switch (word.Kind)
        {
            case TimeWordKind.DayWord:
            {
                var start = c.At(head - 1) is "earlier" or "later" ? head - 1 : head;
                var offset = word.Value;
                // "the day before yesterday", "the day after tomorrow"
                if (offset != 0 && c.Is(head - 1, offset < 0 ? "before" : "after")
                    && c.Is(head - 2, "day") && c.Is(head - 3, "the"))
                {
                    start = head - 3;
                    offset *= 2;
                }
                var end = TimeLexicon.IsPartOfDay(c.At(head + 1)) ? head + 2 : head + 1;
                var day = PartialDate.OfDay(published.AddDays(offset));
                mention = c.Mention(c.WithPreposition(start), end, day, TimeKind.Relative);
                return true;
            }
            case TimeWordKind.PartOfDay:
            {
                var left = LeftContext.Parse(c, head, allowArticle: false);
                // "this morning" is today, "last night" yesterday; "next morning" counts from some other day.
                var offset = left.Deixis switch { Deixis.This => 0, Deixis.Last => -1, _ => (int?)null };
                if (offset is not { } days) return false;
                mention = c.Mention(left.Start, head + 1, PartialDate.OfDay(published.AddDays(days)), TimeKind.Relative);
                return true;
            }
            case TimeWordKind.Recently:
                mention = c.Mention(c.WithPreposition(head), head + 1, DateMath.MonthOf(published), TimeKind.Vague);
                return true;
            default:
                return false;
        }
    }
}
