using Entente.Knowledge;
using Entente.Records;

namespace Entente.Store.Queries;

/// <summary>
/// Whether a period covers whole months, so the monthly counts of <c>dyad_months</c> answer for it exactly: each
/// end is open, a year or a month, or a day that starts (from) or ends (to) its month.
/// </summary>
internal static class MonthPeriod
{
    public static bool TryOf(PartialDate? from, PartialDate? to, out int? fromMonth, out int? toMonth)
    {
        int? fromDay = from is { } f ? DayNumber.First(f) : null;
        int? toDay = to is { } t ? DayNumber.Last(t) : null;
        (fromMonth, toMonth) = (fromDay / 100, toDay / 100);
        return IsWholeMonths(fromDay, toDay);
    }

    /// <summary>True when the first day starts its month and the last ends its month (an open end counts).</summary>
    public static bool IsWholeMonths(int? fromDay, int? toDay) =>
        (fromDay is not { } f || f % 100 == 1) && (toDay is not { } t || DayNumber.ToDate(t).AddDays(1).Day == 1);
}
