using System.Globalization;
using System.Text.RegularExpressions;

namespace Entente.Sources;

/// <summary>
/// The date in a dateline that opens a plain-text article: <c>VIENTIANE, July 17 —</c>,
/// <c>Washington, D.C., 3 April 2022 -</c>, <c>KYIV, Sept. 5, 2025 (Reuters) —</c>. The year is often absent.
/// </summary>
internal readonly partial record struct DatelineDate(int Month, int Day, int? Year)
{
    private const string MonthName =
        "(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    private const string Pattern =
        @"\A\s*\p{Lu}[\p{L}\p{M}.'’\-]*(?:[ ]\p{Lu}[\p{L}\p{M}.'’\-]*){0,4}(?:,[ ]?\p{Lu}[\p{L}\p{M}.'’\-]*(?:[ ]\p{Lu}[\p{L}\p{M}.'’\-]*){0,3})?" +
        @",\s*(?:(?<month>" + MonthName + @")\.?\s+(?<day>\d{1,2})|(?<day>\d{1,2})\s+(?<month>" + MonthName + @")\.?)" +
        @"(?:,?\s+(?<year>\d{4}))?\s*(?:\([^()\n]{1,40}\)\s*)?(?:[—–]|--?)";

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Dateline();

    public static bool TryParse(string text, out DatelineDate date)
    {
        date = default;
        // A dateline sits in the first line; don't let the pattern wander through a long text.
        var head = text.Length > 200 ? text[..200] : text;
        var match = Dateline().Match(head);
        if (!match.Success) return false;
        var month = MonthNumber(match.Groups["month"].Value);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
        // Check the day against the month (leap years included when the year is known).
        if (day < 1 || day > DateTime.DaysInMonth(year ?? 2024, month)) return false;
        date = new DatelineDate(month, day, year);
        return true;
    }

    private static int MonthNumber(string name) =>
        "janfebmaraprmayjunjulaugsepoctnovdec".IndexOf(name[..3].ToLowerInvariant(), StringComparison.Ordinal) / 3 + 1;
}
