using System.Globalization;

namespace Entente.Text;

/// <summary>Reads a dateline date: <c>July 17</c>, <c>Sept. 5, 2025</c>, <c>17 July</c>, <c>17 July 2025</c>, <c>Tuesday</c>.</summary>
internal static class DateParts
{
    public static bool TryRead(Token[] tokens, int i, int end, out int? month, out int? day, out int next)
    {
        (month, day, next) = (null, null, i);
        if (i >= end) return false;
        if (CalendarWords.IsWeekday(tokens[i]))
        {
            next = i + 1;
            return true;
        }
        int m, d;
        if (CalendarWords.Month(tokens[i]) is > 0 and var m1 && i + 1 < end && Day(tokens[i + 1]) is > 0 and var d1)
            (m, d, next) = (m1, d1, i + 2);
        else if (Day(tokens[i]) is > 0 and var d2 && i + 1 < end && CalendarWords.Month(tokens[i + 1]) is > 0 and var m2)
            (m, d, next) = (m2, d2, i + 2);
        else
            return false;
        if (d > DateTime.DaysInMonth(2024, m)) return false;
        // An optional year: "July 17, 2025" or "17 July 2025".
        if (next < end && IsYear(tokens[next])) next++;
        else if (next + 1 < end && tokens[next].Norm == "," && IsYear(tokens[next + 1])) next += 2;
        (month, day) = (m, d);
        return true;
    }

    private static int Day(Token token) =>
        (token.Flags & TokenFlags.Number) != 0 && token.Norm.Length <= 2
        && int.TryParse(token.Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31 ? day : 0;

    private static bool IsYear(Token token) =>
        (token.Flags & TokenFlags.Number) != 0 && token.Norm.Length == 4 && token.Norm[0] is '1' or '2';
}
