using System.Globalization;

namespace Entente.Records;

public enum DatePrecision : byte { Year, Month, Day }

/// <summary>A calendar date known to the day, the month or only the year (<c>2024-10</c> for "autumn 2024").</summary>
public readonly record struct PartialDate(int Year, int Month, int Day, DatePrecision Precision)
{
    public static PartialDate OfDay(DateOnly date) => new(date.Year, date.Month, date.Day, DatePrecision.Day);
    public static PartialDate OfMonth(int year, int month) => new(year, month, 1, DatePrecision.Month);
    public static PartialDate OfYear(int year) => new(year, 1, 1, DatePrecision.Year);

    /// <summary>The first day the date can mean (for ordering and dated-office look-ups).</summary>
    public DateOnly Start => new(Year, Math.Max(1, Month), Math.Max(1, Day));

    public string PrecisionName => Precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Month => "month",
        _ => "year",
    };

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();
        var inv = CultureInfo.InvariantCulture;
        switch (text.Length)
        {
            case 4 when int.TryParse(text, NumberStyles.None, inv, out var y) && y > 0:
                date = OfYear(y);
                return true;
            case 7 when DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out var m):
                date = OfMonth(m.Year, m.Month);
                return true;
            case 10 when DateOnly.TryParseExact(text, "yyyy-MM-dd", inv, DateTimeStyles.None, out var d):
                date = OfDay(d);
                return true;
            default:
                return false;
        }
    }

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}",
    };
}
