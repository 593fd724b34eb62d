using System.Collections.Frozen;

namespace Entente.Text;

/// <summary>Month and weekday names as they appear in datelines, by normalized token (<c>sept.</c>, <c>july</c>).</summary>
internal static class CalendarWords
{
    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>
    {
        ["january"] = 1, ["jan"] = 1, ["jan."] = 1, ["february"] = 2, ["feb"] = 2, ["feb."] = 2,
        ["march"] = 3, ["mar"] = 3, ["mar."] = 3, ["april"] = 4, ["apr"] = 4, ["apr."] = 4, ["may"] = 5,
        ["june"] = 6, ["jun"] = 6, ["jun."] = 6, ["july"] = 7, ["jul"] = 7, ["jul."] = 7,
        ["august"] = 8, ["aug"] = 8, ["aug."] = 8, ["september"] = 9, ["sep"] = 9, ["sep."] = 9, ["sept"] = 9,
        ["sept."] = 9, ["october"] = 10, ["oct"] = 10, ["oct."] = 10, ["november"] = 11, ["nov"] = 11,
        ["nov."] = 11, ["december"] = 12, ["dec"] = 12, ["dec."] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Weekdays = new[]
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The month (1–12) a capitalized token names, or 0.</summary>
    public static int Month(Token token) => token.IsCapitalized && Months.TryGetValue(token.Norm, out var month) ? month : 0;

    public static bool IsWeekday(Token token) => token.IsCapitalized && Weekdays.Contains(token.Norm);

    public static bool IsCalendarWord(Token token) => Month(token) > 0 || IsWeekday(token);
}
