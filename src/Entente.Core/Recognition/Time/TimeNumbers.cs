namespace Entente.Recognition.Time;

/// <summary>Reads the numbers inside time expressions: years, days of the month, ISO dates and counts.</summary>
internal static class TimeNumbers
{
    // Four digits outside this range are identifiers ("Resolution 2254") or quantities, not years.
    public const int MinYear = 1800;
    public const int MaxYear = 2100;

    public static bool TryYear(ReadOnlySpan<char> text, out int year) =>
        TryDigits(text, 4, out year) && year is >= MinYear and <= MaxYear;

    /// <summary><c>17</c>, <c>17th</c>, <c>1st</c>, or the first day of a range written as one token (<c>17-18</c>).</summary>
    public static bool TryDay(ReadOnlySpan<char> text, out int day, out bool isRange)
    {
        isRange = false;
        var dash = text.IndexOf('-');
        if (dash > 0)
        {
            isRange = true;
            return TryPlainDay(text[..dash], out day) && TryPlainDay(text[(dash + 1)..], out var last) && last > day;
        }
        return TryPlainDay(text, out day) || TryOrdinal(text, out day);
    }

    /// <summary><c>17th</c>, <c>1st</c>, <c>22nd</c>, <c>3rd</c>.</summary>
    public static bool TryOrdinal(ReadOnlySpan<char> text, out int day)
    {
        day = 0;
        if (text.Length < 3) return false;
        var suffix = text[^2..];
        return suffix is "st" or "nd" or "rd" or "th" && TryPlainDay(text[..^2], out day);
    }

    /// <summary><c>2025-07-17</c>.</summary>
    public static bool TryIsoDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        return text.Length == 10 && text[4] == '-' && text[7] == '-'
            && TryYear(text[..4], out var year)
            && TryDigits(text[5..7], 2, out var month)
            && TryDigits(text[8..], 2, out var day)
            && TryDate(year, month, day, out date);
    }

    public static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>A count before a unit of time: <c>24</c>, <c>two</c>, <c>a</c>.</summary>
    public static bool TryCount(ReadOnlySpan<char> text, out int count)
    {
        if (text.Length is >= 1 and <= 3 && TryDigits(text, text.Length, out count)) return count > 0;
        count = text switch
        {
            "a" or "an" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7,
            "eight" => 8, "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12, "fifteen" => 15, "twenty" => 20,
            "thirty" => 30, "forty" => 40, "fifty" => 50, "sixty" => 60, "seventy" => 70, "eighty" => 80,
            "ninety" => 90, "hundred" => 100,
            _ => 0,
        };
        return count > 0;
    }

    /// <summary>Exactly <paramref name="length"/> ASCII digits; <c>2,000</c> and <c>5.6</c> are not.</summary>
    public static bool TryDigits(ReadOnlySpan<char> text, int length, out int value)
    {
        value = 0;
        if (text.Length != length) return false;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    private static bool TryPlainDay(ReadOnlySpan<char> text, out int day)
    {
        day = 0;
        return text.Length is 1 or 2 && TryDigits(text, text.Length, out day) && day is >= 1 and <= 31;
    }
}
