using Entente.Records;

namespace Entente.Recognition.Time;

/// <summary>
/// Calendar arithmetic for resolving expressions against the publication date. Months are counted as one index
/// (<c>year * 12 + month - 1</c>) so "the latest July before" is plain modular arithmetic across year ends.
/// </summary>
internal static class DateMath
{
    public static int MonthIndex(int year, int month) => year * 12 + month - 1;

    public static int MonthIndex(DateOnly date) => MonthIndex(date.Year, date.Month);

    public static PartialDate MonthAt(int index) => PartialDate.OfMonth(index / 12, index % 12 + 1);

    public static PartialDate MonthOf(DateOnly date) => PartialDate.OfMonth(date.Year, date.Month);

    /// <summary>The latest index of calendar month <paramref name="month"/> (1–12) at or before <paramref name="limit"/>.</summary>
    public static int LatestAtOrBefore(int month, int limit) => limit - Mod(limit - (month - 1), 12);

    /// <summary>The earliest index of calendar month <paramref name="month"/> (1–12) at or after <paramref name="limit"/>.</summary>
    public static int EarliestAtOrAfter(int month, int limit) => limit + Mod(month - 1 - limit, 12);

    /// <summary>A day, or its month when the day does not exist that year (February 29).</summary>
    public static PartialDate DayOrMonth(int monthIndex, int day)
    {
        var month = MonthAt(monthIndex);
        return TimeNumbers.TryDate(month.Year, month.Month, day, out var date) ? PartialDate.OfDay(date) : month;
    }

    public static DateOnly OnOrBefore(DateOnly date, DayOfWeek day) =>
        date.AddDays(-Mod(date.DayOfWeek - day, 7));

    public static DateOnly OnOrAfter(DateOnly date, DayOfWeek day) =>
        date.AddDays(Mod(day - date.DayOfWeek, 7));

    private static int Mod(int value, int divisor) => ((value % divisor) + divisor) % divisor;
}
