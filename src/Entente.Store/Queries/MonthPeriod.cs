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
        fromMonth = from is { } f ? DayNumber.First(f) / 100 : null;
        toMonth = to is { } t ? DayNumber.Last(t) / 100 : null;
        var fromWhole = from is not { Precision: DatePrecision.Day } || from.Value.Day == 1;
        var toWhole = to is not { Precision: DatePrecision.Day } t2 || t2.Day == DateTime.DaysInMonth(t2.Year, t2.Month);
        return fromWhole && toWhole;
    }
}
