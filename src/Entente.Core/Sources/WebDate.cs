using System.Globalization;
using System.Text.RegularExpressions;

namespace Entente.Sources;

/// <summary>
/// A publication date as web pages and feeds write it: ISO 8601 (<c>2025-07-17T09:30:00+07:00</c>), RFC 822
/// (<c>Thu, 17 Jul 2025 09:30:00 +0700</c>) or another invariant form. The calendar day is taken as written,
/// with no time-zone shift, as for JSON articles: the outlet's own day is the one that matters.
/// </summary>
internal static partial class WebDate
{
    public static bool TryParse(string? value, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value)) return false;
        var text = value.Trim();
        if (PublicationDate.TryParseJson(text, out date)) return true;
        if (TryWords(text, out date)) return true;
        // Anything else .NET reads invariantly; DateTimeOffset keeps the written clock time, so no day shift.
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            date = DateOnly.FromDateTime(parsed.DateTime);
            return true;
        }
        return false;
    }

    /// <summary>RFC 822 <c>[Thu, ]17 Jul 2025</c> or the American <c>July 17, 2025</c>; the rest of the text is ignored.</summary>
    private static bool TryWords(string text, out DateOnly date)
    {
        date = default;
        var match = DayMonthYear().Match(text);
        if (!match.Success) match = MonthDayYear().Match(text);
        if (!match.Success) return false;
        var month = MonthNumber(match.Groups["month"].Value);
        if (month == 0) return false;
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["year"].Length == 2) year += year < 50 ? 2000 : 1900;
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (year < 1 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    private static int MonthNumber(string name) =>
        name.Length < 3 ? 0 : "janfebmaraprmayjunjulaugsepoctnovdec".IndexOf(name[..3].ToLowerInvariant(), StringComparison.Ordinal) switch
        {
            < 0 => 0,
            var i when i % 3 == 0 => i / 3 + 1,
            _ => 0,
        };

    [GeneratedRegex(@"\A(?:[A-Za-z]{2,9}\.?,?\s+)?(?<day>\d{1,2})\s+(?<month>[A-Za-z]{3,9})\.?,?\s+(?<year>\d{4}|\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\A(?:[A-Za-z]{2,9}\.?,?\s+)?(?<month>[A-Za-z]{3,9})\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();
}
