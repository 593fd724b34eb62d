using Entente.Records;

namespace Entente.Knowledge;

/// <summary>
/// Dates as <c>yyyymmdd</c> integers: sortable, compact, the same in every SQL dialect, and a month is
/// <c>day / 100</c>. A partial date covers a range: from its first day to its last.
/// </summary>
public static class DayNumber
{
    public static int Of(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;

    /// <summary>The first day a partial date can mean (<c>2024-10</c> → 20241001).</summary>
    public static int First(PartialDate date) => Of(date.Start);

    /// <summary>The last day a partial date can mean (<c>2024</c> → 20241231).</summary>
    public static int Last(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => Of(date.Start),
        DatePrecision.Month => Of(date.Start.AddMonths(1).AddDays(-1)),
        _ => date.Year * 10000 + 1231,
    };

    public static DateOnly ToDate(int day) => new(day / 10000, day / 100 % 100, day % 100);

    public static string Format(int day) => $"{day / 10000:D4}-{day / 100 % 100:D2}-{day % 100:D2}";

    public static string FormatMonth(int month) => $"{month / 100:D4}-{month % 100:D2}";
}
