using Entente.Records;

namespace Entente.Sources;

/// <summary>Decides the publication date of an article from <c>--date</c> and what the article itself says.</summary>
internal static class PublicationDate
{
    public const string Missing = "missing date (use --date YYYY-MM-DD)";

    /// <summary>
    /// Plain text: a full <c>--date</c> wins; otherwise the dateline's month and day, with the dateline's year or
    /// else the year of <c>--date</c>.
    /// </summary>
    public static DateOnly? ForPlainText(string text, PartialDate? option)
    {
        if (option is { Precision: DatePrecision.Day } day) return day.Start;
        if (!DatelineDate.TryParse(text, out var dateline)) return null;
        var year = dateline.Year ?? option?.Year;
        if (year is not { } y || dateline.Day > DateTime.DaysInMonth(y, dateline.Month)) return null;
        return new DateOnly(y, dateline.Month, dateline.Day);
    }

    /// <summary>
    /// A JSON <c>published</c> value: <c>YYYY-MM-DD</c> or an ISO date-time, of which the date part is taken as
    /// written (no time-zone shift: the outlet's own calendar day is the one that matters).
    /// </summary>
    public static bool TryParseJson(string value, out DateOnly date)
    {
        date = default;
        var text = value.Trim();
        if (text.Length > 10 && text[10] is not ('T' or 't' or ' ')) return false;
        if (!PartialDate.TryParse(text.Length > 10 ? text[..10] : text, out var parsed)) return false;
        if (parsed.Precision != DatePrecision.Day) return false;
        date = parsed.Start;
        return true;
    }
}
